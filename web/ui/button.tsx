// GOV.UK button; while a request is in flight it stays focusable but ignores repeat presses.
import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; secondary?: boolean };

export function Button({ busy = false, secondary = false, className, type = 'submit', onClick, ...props }: ButtonProps) {
  const classes = ['govuk-button', secondary ? 'govuk-button--secondary' : null, className].filter(Boolean).join(' ');
  return (
    <button
      {...props}
      type={type}
      className={classes}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        // Prevent double submission without removing the button from the tab order.
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
