// A labelled text input with optional hint and error message, wired together with aria-describedby.
import type { InputHTMLAttributes } from 'react';
import { FieldError } from './error-text.tsx';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'value' | 'onChange'>;

export type TextFieldProps = InputProps & {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** A GOV.UK width class such as "govuk-input--width-10"; full width when left out. */
  widthClass?: string;
};

export function TextField({ id, label, value, onValueChange, hint, error, widthClass, ...inputProps }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const inputClasses = ['govuk-input', widthClass, error ? 'govuk-input--error' : null].filter(Boolean).join(' ');

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={errorId} error={error} /> : null}
      <input
        {...inputProps}
        id={id}
        name={inputProps.name ?? id}
        className={inputClasses}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
