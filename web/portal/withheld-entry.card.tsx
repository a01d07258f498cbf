// The place of an entry kept from the parent: that something was written, why it is kept back, and when that will be looked at again.
import { formatDate } from '../ui/format.ts';
import type { WithheldEntry } from './portal.types.ts';
import { reviewSentence } from './portal-format.ts';

export function WithheldEntryCard({ entry }: { entry: WithheldEntry }) {
  const headingId = `entry-${entry.id}-heading`;
  return (
    <article className="umb-entry umb-entry--withheld" aria-labelledby={headingId}>
      <div className="umb-entry__main">
        <h2 className="govuk-heading-m umb-entry__title" id={headingId}>
          Kept from you for now
        </h2>
        <p className="govuk-body">Something was written on {formatDate(entry.occurredAt)} that is being kept from you for now.</p>
        <p className="govuk-body">This is because: {entry.reasonPlain}</p>
        <p className="govuk-body">{reviewSentence(entry.reviewOn)}</p>
        <p className="govuk-body">If you have questions about this, you can ask your key worker.</p>
      </div>
    </article>
  );
}
