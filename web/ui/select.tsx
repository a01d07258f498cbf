// A labelled GOV.UK select with optional hint and error message.
import type { ReactNode } from 'react';
import { FieldError } from './error-text.tsx';

/** `lang`: the language of an option that is someone's own words (a worker's job title), when it is not the page's. */
export type SelectOption = { value: string; label: string; lang?: string };

type SelectProps = {
  id: string;
  label: ReactNode;
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
  value: string;
  onValueChange: (value: string) => void;
  /** Shown first with an empty value, when nothing is chosen yet. */
  placeholder?: string;
};

export function Select({ id, label, labelClass, hint, error, options, value, onValueChange, placeholder }: SelectProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
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
      <select
        id={id}
        name={id}
        className={`govuk-select umb-select${error ? ' govuk-select--error' : ''}`}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
