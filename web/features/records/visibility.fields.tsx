// "Who can see this?": the parent sees everything by default (P1), except information about someone else, which is
// kept back until its writer releases it; keeping part or all of it back needs a reason from the fixed list and a
// review date, and for part, the words to keep back.
import { WITHHOLDING_REASON_KEYS, WITHHOLDING_REASONS, type WithholdingReason } from '../../../shared/domain/records.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import type { Visibility } from './entry-draft.ts';

export type VisibilityValue = { visibility: Visibility; reason: WithholdingReason | ''; reviewOn: string; restrictedText: string };

export const VISIBILITY_FIELD_IDS = ['visibility', 'reason', 'reviewOn', 'restrictedText'] as const;

const OPTIONS: { value: Visibility; label: string; hint: string }[] = [
  {
    value: 'all',
    label: 'The parent can see all of it',
    hint: 'The usual choice. Parents can read what is written about them, and reply.',
  },
  {
    value: 'part',
    label: 'Keep part of it from the parent',
    hint: 'They see the rest, and that part has been kept back, with the reason.',
  },
  {
    value: 'whole',
    label: 'Keep all of it from the parent',
    hint: 'They see that something written on this date is kept from them, and why.',
  },
];

type VisibilityFieldsProps = {
  value: VisibilityValue;
  onChange: (change: Partial<VisibilityValue>) => void;
  errors: FieldErrors;
  minReviewOn: string;
  /** The entry's information category: third-party information is kept back by default (the server decides). */
  category?: string;
};

export function VisibilityFields({ value, onChange, errors, minReviewOn, category }: VisibilityFieldsProps) {
  const withholding = value.visibility !== 'all';
  return (
    <>
      {category === 'third_party' && !withholding ? (
        <div className="govuk-inset-text" id="third-party-note">
          Information about someone else is kept from the parent until you release it. They will see that something written on this date is
          kept back, and why. You will be reminded to look at it again in 3 months.
        </div>
      ) : null}
      <Radios
        name="visibility"
        legend="Who can see this?"
        legendClass="govuk-fieldset__legend--m"
        options={OPTIONS}
        value={value.visibility}
        onChange={(visibility) => onChange({ visibility })}
        error={errors.visibility}
      />
      {withholding ? (
        <div className="umb-rec-withholding">
          <Radios<WithholdingReason>
            name="reason"
            legend="Reason"
            hint="The only reasons something may be kept from a parent. The parent is told the reason in plain words."
            options={WITHHOLDING_REASON_KEYS.map((key) => ({
              value: key,
              label: WITHHOLDING_REASONS[key].label,
              hint: WITHHOLDING_REASONS[key].plain,
            }))}
            value={value.reason}
            onChange={(reason) => onChange({ reason })}
            error={errors.reason}
          />
          <div className={`govuk-form-group${errors.reviewOn ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="reviewOn">
              Review date
            </label>
            <div id="reviewOn-hint" className="govuk-hint">
              When someone will look again at whether it still needs to be kept back. The parent sees this date.
            </div>
            {errors.reviewOn ? (
              <p id="reviewOn-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.reviewOn}
              </p>
            ) : null}
            <input
              className={`govuk-input govuk-input--width-10${errors.reviewOn ? ' govuk-input--error' : ''}`}
              id="reviewOn"
              name="reviewOn"
              type="date"
              min={minReviewOn}
              value={value.reviewOn}
              onChange={(event) => onChange({ reviewOn: event.target.value })}
              aria-describedby={`reviewOn-hint${errors.reviewOn ? ' reviewOn-error' : ''}`}
              aria-invalid={errors.reviewOn ? true : undefined}
            />
          </div>
          {value.visibility === 'part' ? (
            <TextArea
              id="restrictedText"
              label="Part to keep from the parent"
              labelClass="govuk-label--s"
              hint="Write it here, not in the note above. Only the care team will see it."
              rows={4}
              value={value.restrictedText}
              onValueChange={(restrictedText) => onChange({ restrictedText })}
              error={errors.restrictedText}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** Problems with the withholding answers, keyed by field id; none when the parent can see all of it. */
export function validateVisibility(value: VisibilityValue, today: string): FieldErrors {
  const problems: FieldErrors = {};
  if (value.visibility === 'all') return problems;
  if (!value.reason) problems.reason = 'Choose the reason for keeping it from the parent';
  if (!value.reviewOn) problems.reviewOn = 'Enter the date it will be looked at again';
  else if (value.reviewOn <= today) problems.reviewOn = 'The review date must be in the future';
  if (value.visibility === 'part' && !value.restrictedText.trim()) problems.restrictedText = 'Write the part to keep from the parent';
  return problems;
}

/** The request's withholding part, or nothing when the parent can see all of it. */
export function withholdingFrom(value: VisibilityValue) {
  if (value.visibility === 'all' || !value.reason) return undefined;
  return { scope: value.visibility, reason: value.reason, reviewOn: value.reviewOn };
}
