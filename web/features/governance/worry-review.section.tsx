// In the information governance lead's review queue: worries raised about a parent that a key worker did not tell her
// of, with the safeguarding reason they recorded (issue 14 §1).
import type { ReviewQueue } from '../../../shared/contracts/consents.ts';
import { formatDateTime } from '../../ui/time.ts';

type Worry = ReviewQueue['worriesNotToldToParent'][number];

export function WorriesReviewSection({ worries }: { worries: Worry[] }) {
  return (
    <>
      <h3 className="govuk-heading-m">Worries not told to the parent ({worries.length})</h3>
      {worries.length === 0 ? <p className="govuk-body">No worries held back from a parent.</p> : null}
      {worries.map((w) => (
        <div key={w.id} className="umb-share-card">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
            {w.familyName}: a worry raised by {w.raisedBy}
          </h4>
          <p className="govuk-body">
            {w.decidedBy} decided on {formatDateTime(w.decidedAt)} not to tell the parent, because:{' '}
            <span className="umb-written">{w.reason}</span>
          </p>
        </div>
      ))}
    </>
  );
}
