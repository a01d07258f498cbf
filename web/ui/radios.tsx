// GOV.UK radios in a fieldset with a legend; an option can reveal more questions when it is chosen.
import type { ReactNode } from 'react';
import { FieldError } from './error-text.tsx';

/** `hint` may hold someone's own words marked with their language (<Written as="span">). */
export type RadioOption<V extends string> = { value: V; label: string; hint?: ReactNode; conditional?: ReactNode };

type RadiosProps<V extends string> = {
  /** The first radio gets this id, so an error summary link lands on it. */
  name: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  options: RadioOption<V>[];
  value: V | '';
  onChange: (value: V) => void;
  small?: boolean;
  inline?: boolean;
};

export const optionId = (name: string, index: number): string => (index === 0 ? name : `${name}-${index + 1}`);

export function Radios<V extends string>({
  name,
  legend,
  legendClass,
  hint,
  error,
  options,
  value,
  onChange,
  small,
  inline,
}: RadiosProps<V>) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const classes = ['govuk-radios', small ? 'govuk-radios--small' : null, inline ? 'govuk-radios--inline' : null].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={['govuk-fieldset__legend', legendClass ?? 'govuk-fieldset__legend--s'].join(' ')}>{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <FieldError id={errorId} error={error} /> : null}
        <div className={classes}>
          {options.map((option, index) => {
            const id = optionId(name, index);
            const checked = option.value === value;
            return (
              <div key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={checked}
                    onChange={() => onChange(option.value)}
                    aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                    aria-controls={option.conditional ? `${id}-conditional` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
                {option.conditional ? (
                  <div
                    className={`govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={`${id}-conditional`}
                  >
                    {checked ? option.conditional : null}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
