// A link that looks and acts like a GOV.UK button (role="button", Space presses it), for actions that open a page.
import { Link, type LinkComponentProps } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';

type LinkButtonProps = LinkComponentProps<'a'> & { secondary?: boolean };

export function LinkButton({ secondary = false, className, ...props }: LinkButtonProps) {
  const classes = ['govuk-button', secondary ? 'govuk-button--secondary' : null, className].filter(Boolean).join(' ');
  // As GOV.UK Frontend does: something announced as a button should respond to Space as well as Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return <Link {...props} className={classes} role="button" draggable={false} onKeyDown={onKeyDown} />;
}
