// One GOV.UK checkbox for a yes-or-no question that reads well on its own, such as "Confidential address".
type CheckboxProps = { id: string; label: string; hint?: string; checked: boolean; onCheckedChange: (checked: boolean) => void };

export function Checkbox({ id, label, hint, checked, onCheckedChange }: CheckboxProps) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onCheckedChange(event.target.checked)}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
