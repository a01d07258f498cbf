// A labelled textarea with optional hint and error message, wired together with aria-describedby.
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError } from './error-text.tsx';

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'value' | 'onChange'>;

export type TextAreaProps = TextareaProps & {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  /** A GOV.UK label size, for a question that is also the main point of the page. */
  labelClass?: string;
  /** Ids of other elements that describe the field, such as live writing help. */
  extraDescribedBy?: string;
};

export function TextArea({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  labelClass,
  extraDescribedBy,
  rows = 5,
  ...props
}: TextAreaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, extraDescribedBy ?? null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={['govuk-label', labelClass].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={errorId} error={error} /> : null}
      <textarea
        {...props}
        id={id}
        name={props.name ?? id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
