// The 1–5 times a worker offers (issue 17 §1): each a date and time and how long, added and removed in place, so the parent
// can choose the one that suits her from her phone.
import { MAX_OPTIONS } from '../../../shared/domain/appointments.ts';
import { Select } from '../../ui/select.tsx';
import { LENGTHS, newRow, rowIds, type TimeRow } from './appointment-logic.ts';

type Props = {
  prefix: string;
  rows: TimeRow[];
  onChange: (rows: TimeRow[]) => void;
  errors: Record<string, string>;
  legend?: string;
};

export function TimesFields({ prefix, rows, onChange, errors, legend = 'Times to offer' }: Props) {
  const change = (i: number, part: Partial<TimeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...part } : r)));
  return (
    <div className="govuk-form-group umb-times">
      <fieldset className="govuk-fieldset" aria-describedby={`${prefix}-times-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${prefix}-times-hint`} className="govuk-hint">
          Offer 1 to {MAX_OPTIONS} times. The family chooses the one that suits them, or suggests another. Think of their childcare, travel
          and the times that suit them.
        </div>
        {rows.map((row, i) => {
          const ids = rowIds(prefix, i);
          const startError = errors[ids.start];
          return (
            <div key={row.key} className="umb-times__row">
              <div className={`govuk-form-group${startError ? ' govuk-form-group--error' : ''}`}>
                <label className="govuk-label" htmlFor={ids.start}>
                  Time {i + 1}: date and time
                </label>
                {startError ? (
                  <p id={`${ids.start}-error`} className="govuk-error-message">
                    <span className="govuk-visually-hidden">Error:</span> {startError}
                  </p>
                ) : null}
                <input
                  className={`govuk-input umb-input--datetime${startError ? ' govuk-input--error' : ''}`}
                  id={ids.start}
                  name={ids.start}
                  type="datetime-local"
                  value={row.start}
                  onChange={(event) => change(i, { start: event.target.value })}
                  aria-describedby={startError ? `${ids.start}-error` : undefined}
                  aria-invalid={startError ? true : undefined}
                />
              </div>
              <Select
                id={ids.length}
                label={`Time ${i + 1}: how long`}
                options={LENGTHS.map((l) => ({ value: l.value, label: l.label }))}
                value={row.minutes}
                onValueChange={(minutes) => change(i, { minutes })}
                error={errors[ids.length]}
              />
              {rows.length > 1 ? (
                <p className="govuk-body">
                  <button type="button" className="govuk-link umb-link-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    Remove time {i + 1}
                  </button>
                </p>
              ) : null}
            </div>
          );
        })}
        {rows.length < MAX_OPTIONS ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange([...rows, newRow(rows.at(-1)?.minutes ?? '60')])}
          >
            Add another time
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
