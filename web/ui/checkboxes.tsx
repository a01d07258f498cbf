// GOV.UK checkboxes in a fieldset with a legend, holding the chosen values as a list.
import type { ReactNode } from 'react';
import { FieldError } from './error-text.tsx';

/** `hint` may hold someone's own words marked with their language (<Written as="span">). */
export type CheckboxOption = { value: string; label: string; hint?: ReactNode };
export type CheckboxGroup = { heading?: string; options: CheckboxOption[] };

type CheckboxesProps = {
  /** The first checkbox gets this id, so an error summary link lands on it. */
  name: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  /** Options in groups, each with an optional sub-heading (for example "The family" and "Workers"). */
  groups: CheckboxGroup[];
  values: string[];
  onChange: (values: string[]) => void;
  small?: boolean;
};

export function Checkboxes({ name, legend, legendClass, hint, error, groups, values, onChange, small }: CheckboxesProps) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  let index = 0;
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
        {groups.map((group) => (
          <div key={group.heading ?? 'all'} className="umb-checkbox-group">
            {group.heading ? <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{group.heading}</p> : null}
            <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
              {group.options.map((option) => {
                const id = index === 0 ? name : `${name}-${index + 1}`;
                index += 1;
                return (
                  <div className="govuk-checkboxes__item" key={option.value}>
                    <input
                      className="govuk-checkboxes__input"
                      id={id}
                      name={name}
                      type="checkbox"
                      value={option.value}
                      checked={values.includes(option.value)}
                      onChange={(event) => toggle(option.value, event.target.checked)}
                      aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                      {option.label}
                    </label>
                    {option.hint ? (
                      <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                        {option.hint}
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
