// Keeping a professionals' meeting from the parent (issue 17 §2): otherwise she sees, once it has happened, that it took
// place and what it was for. Only for one of the record's withholding reasons, with a date to look at it again (P1).
import { type FormEvent, useState } from 'react';
import { WITHHOLDING_REASON_KEYS, WITHHOLDING_REASONS, type WithholdingReason } from '../../../shared/domain/records.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { saveWithholding, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

const NOT = 'not_withheld';
const IDS = { reason: 'withhold-reason', reviewOn: 'withhold-review-day' };

export function WithholdingSection({ familyId, meeting: m, parent }: { familyId: string; meeting: WorkerMeeting; parent: string }) {
  const [reason, setReason] = useState<WithholdingReason | typeof NOT>(m.withheld?.reason ?? NOT);
  const [reviewOn, setReviewOn] = useState(datePartsFromIso(m.withheld?.reviewOn));
  const [saved, setSaved] = useState(false);
  const change = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (body: { reason: WithholdingReason | null; reviewOn?: string; version: number }) =>
      saveWithholding(familyId, m.appointment.id, body),
    fallbackId: IDS.reason,
    ids: IDS,
    onSaved: () => setSaved(true),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (reason === NOT) return change.mutation.mutate({ reason: null, version: m.meetingVersion });
    const date = isoFromDateParts(reviewOn);
    if (!date) return change.setErrors({ [IDS.reviewOn]: 'Enter the date to look at this again, for example 27 3 2027' });
    change.mutation.mutate({ reason, reviewOn: date, version: m.meetingVersion });
  };
  return (
    <section aria-labelledby="withhold-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="withhold-heading">
        What {parent} sees of this meeting
      </h2>
      <p className="govuk-body">
        {m.withheld
          ? `Withheld: ${WITHHOLDING_REASONS[m.withheld.reason].label}. To be looked at again by ${formatDate(m.withheld.reviewOn)}.`
          : `Once it has happened, ${parent} sees that it took place, when, and what it was for. Nothing else: not the place, who came, the reports or the minutes.`}
      </p>
      {m.allowed.withhold ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{m.withheld ? 'Change or end the withholding' : `Keep it from ${parent}`}</span>
          </summary>
          <div className="govuk-details__text">
            <form noValidate onSubmit={onSubmit}>
              <ErrorSummary errors={toFormErrors(change.errors, [IDS.reason, IDS.reviewOn])} />
              {change.conflict ? (
                <div className="govuk-inset-text" role="alert">
                  {CHANGED}
                </div>
              ) : null}
              {saved ? (
                <div className="govuk-inset-text" role="status">
                  Saved.
                </div>
              ) : null}
              <Radios
                name={IDS.reason}
                legend="Why would it be kept from them?"
                small
                value={reason}
                onChange={setReason}
                error={change.errors[IDS.reason]}
                options={[
                  { value: NOT, label: `Not withheld: ${parent} sees it happened, and its purpose` },
                  ...WITHHOLDING_REASON_KEYS.map((k) => ({
                    value: k,
                    label: WITHHOLDING_REASONS[k].label,
                    hint: WITHHOLDING_REASONS[k].plain,
                    conditional: (
                      <DateInput
                        id="withhold-review"
                        legend="When will you look at this again?"
                        hint="For example, 27 3 2027"
                        value={reviewOn}
                        onChange={setReviewOn}
                        error={change.errors[IDS.reviewOn]}
                      />
                    ),
                  })),
                ]}
              />
              <Button busy={change.busy} secondary>
                Save
              </Button>
            </form>
          </div>
        </details>
      ) : null}
    </section>
  );
}
