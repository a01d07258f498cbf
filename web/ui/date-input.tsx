// GOV.UK date input: day, month and year boxes in a fieldset, the pattern people find easiest for dates they know.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { FieldError } from './error-text.tsx';
import { partWords as m } from './parts.messages.ts';

export type DateParts = { day: string; month: string; year: string };

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export function datePartsFromIso(value: string | null | undefined): DateParts {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return emptyDate;
  return { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])) };
}

export const isDateEmpty = (parts: DateParts): boolean => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/** "2026-11-25" for a real calendar date, or null when the parts do not make one. */
export function isoFromDateParts(parts: DateParts): string | null {
  const day = Number(parts.day.trim());
  const month = Number(parts.month.trim());
  const year = Number(parts.year.trim());
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

type DateInputProps = {
  /** The day box gets `${id}-day`, where an error summary link should point. */
  id: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
};

const PARTS = [
  { key: 'day', label: m.day, width: 'govuk-input--width-2' },
  { key: 'month', label: m.month, width: 'govuk-input--width-2' },
  { key: 'year', label: m.year, width: 'govuk-input--width-4' },
] as const;

export function DateInput({ id, legend, legendClass, hint, error, value, onChange }: DateInputProps) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
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
        <div className="govuk-date-input">
          {PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {t(part.label)}
                </label>
                <input
                  className={['govuk-input', 'govuk-date-input__input', part.width, error ? 'govuk-input--error' : null]
                    .filter(Boolean)
                    .join(' ')}
                  id={`${id}-${part.key}`}
                  name={`${id}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={id.includes('birth') ? `bday-${part.key}` : 'off'}
                  value={value[part.key]}
                  onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
