// "Review queue": overrides (with whether the parent was told), emergency accesses awaiting review, and withholdings past their review date.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS, LAWFUL_BASES, LAWFUL_BASIS_KEYS } from '../../../shared/domain/sharing.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import type { QueuedEmergencyAccess, QueuedOverride, WithholdingPastReview } from '../../api/sharing.types.ts';
import { Facts } from '../../ui/facts.tsx';
import { focusElement } from '../../ui/focus.ts';
import { formatDate } from '../../ui/format.ts';
import { Tag } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { reviewQueueQuery } from './governance.queries.ts';
import { InvitationReviewSection } from './invitation-review.section.tsx';
import { EmergencyReviewForm, OverrideReviewForm } from './review-note.form.tsx';
import { WorryReviewSection } from './worry-review.section.tsx';

const categoryLabel = (key: string): string => (isOneOf(CONSENT_CATEGORY_KEYS, key) ? CONSENT_CATEGORIES[key] : key);
const basisLabel = (key: string): string => (isOneOf(LAWFUL_BASIS_KEYS, key) ? LAWFUL_BASES[key].label : key);

export function ReviewQueueSection() {
  const { data } = useSuspenseQuery(reviewQueueQuery);
  const [done, setDone] = useState<{ n: number; message: string } | null>(null);
  const doneId = useId();
  useEffect(() => {
    if (done) focusElement(document.getElementById(doneId));
  }, [done, doneId]);
  const onDone = (message: string) => setDone((previous) => ({ n: (previous?.n ?? 0) + 1, message }));

  return (
    <section aria-labelledby="review-queue-heading" className="umb-section">
      <h2 className="govuk-heading-l" id="review-queue-heading">
        Review queue
      </h2>
      {done ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" id={doneId} role="status" key={done.n}>
          {done.message}
        </p>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h3 className="govuk-heading-m">Safeguarding overrides ({data.overrides.length})</h3>
          {data.overrides.length === 0 ? <p className="govuk-body">No overrides to review.</p> : null}
          {data.overrides.map((override) => (
            <OverrideItem key={override.id} override={override} onDone={onDone} />
          ))}
          <h3 className="govuk-heading-m">Emergency access ({data.emergencyAccesses.length})</h3>
          {data.emergencyAccesses.length === 0 ? <p className="govuk-body">No emergency access to review.</p> : null}
          {data.emergencyAccesses.map((access) => (
            <EmergencyItem key={access.id} access={access} onDone={onDone} />
          ))}
          <InvitationReviewSection invitations={data.youngPeopleInvitedWithoutParent ?? []} onDone={onDone} />
          <WorryReviewSection worries={data.worriesNotToldToParent ?? []} onDone={onDone} />
        </div>
      </div>
      <WithholdingsTable withholdings={data.withholdingsPastReview} />
    </section>
  );
}

function OverrideItem({ override, onDone }: { override: QueuedOverride; onDone: (message: string) => void }) {
  const overdue = !override.reviewed && override.reviewDueAt !== null && override.reviewDueAt < new Date().toISOString();
  const needsForm = !override.reviewed || !override.parentTold;
  return (
    <div className="umb-share-card">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
        {override.familyName}: {override.categories.map(categoryLabel).join(', ')} to {override.recipient}
      </h4>
      <p className="govuk-body umb-tags">
        {override.parentTold ? <Tag colour="grey">Parent told</Tag> : <Tag colour="orange">Held back from the parent</Tag>}
        {override.reviewed ? (
          <Tag colour="grey">Reviewed</Tag>
        ) : (
          <Tag colour={overdue ? 'red' : 'yellow'}>{overdue ? 'Review overdue' : 'Not reviewed'}</Tag>
        )}
      </p>
      <Facts
        facts={[
          { key: 'Family reference', value: override.familyId, className: 'umb-break-anywhere' },
          { key: 'Lawful basis', value: basisLabel(override.lawfulBasis) },
          { key: 'Justification', value: override.justification, className: 'umb-pre-line' },
          { key: 'Started by', value: override.createdBy },
          { key: 'In force', value: `${formatDateTime(override.startsAt)} to ${formatDateTime(override.endsAt)}` },
          {
            key: 'Parent told',
            value: override.parentTold ? 'Yes' : `No. Reason: ${override.notTellingReason ?? 'none given'}`,
          },
          {
            key: 'Review due',
            value: override.reviewDueAt ? `${formatDateTime(override.reviewDueAt)}${overdue ? ' (overdue)' : ''}` : 'No review date',
          },
        ]}
      />
      {needsForm ? <OverrideReviewForm override={override} onDone={onDone} /> : null}
    </div>
  );
}

function EmergencyItem({ access, onDone }: { access: QueuedEmergencyAccess; onDone: (message: string) => void }) {
  return (
    <div className="umb-share-card">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
        {access.who} ({access.organisation}) opened {access.familyName}
      </h4>
      <Facts
        facts={[
          { key: 'Family reference', value: access.familyId, className: 'umb-break-anywhere' },
          { key: 'Reason', value: access.reason, className: 'umb-pre-line' },
          { key: 'Started', value: formatDateTime(access.startedAt) },
          {
            key: 'Ended',
            value: access.endedAt ? formatDateTime(access.endedAt) : `Still open until ${formatDateTime(access.endsAt)}`,
          },
        ]}
      />
      <EmergencyReviewForm access={access} onDone={onDone} />
    </div>
  );
}

function WithholdingsTable({ withholdings }: { withholdings: WithholdingPastReview[] }) {
  return (
    <>
      <h3 className="govuk-heading-m">Withheld entries past their review date ({withholdings.length})</h3>
      {withholdings.length === 0 ? (
        <p className="govuk-body">No withheld entry is past its review date.</p>
      ) : (
        <table className="govuk-table umb-stack-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Withheld entries past review, oldest review date first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Family', 'Entry reference', 'Author', 'Review was due'].map((heading) => (
                <th scope="col" className="govuk-table__header" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {withholdings.map((item) => (
              <tr className="govuk-table__row" key={item.entryId}>
                <th scope="row" className="govuk-table__header">
                  {item.familyName}
                </th>
                <td className="govuk-table__cell umb-break-anywhere">
                  <span className="umb-stack-table__label">Entry reference: </span>
                  {item.entryId}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Author: </span>
                  {item.author}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Review was due: </span>
                  {item.reviewOn ? formatDate(item.reviewOn) : 'Not set'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
