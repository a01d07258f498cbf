// The place of an entry kept from the parent: that something was written, why it is kept back, and when that will be looked at again.
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { WITHHELD_BECAUSE } from './entry-notes.view.tsx';
import type { WithheldEntry } from './portal.types.ts';
import { reviewSentence } from './portal-format.ts';
import { recordEntry as m } from './record-entry.messages.ts';

export function WithheldEntryCard({ entry }: { entry: WithheldEntry }) {
  const t = useT();
  const headingId = `entry-${entry.id}-heading`;
  return (
    <article className="umb-entry umb-entry--withheld" aria-labelledby={headingId}>
      <div className="umb-entry__main">
        <h2 className="govuk-heading-m umb-entry__title" id={headingId}>
          {t(m.keptTitle)}
        </h2>
        <p className="govuk-body">{t(m.keptSomething, { date: formatDate(entry.occurredAt) })}</p>
        <p className="govuk-body">
          {t(m.because, { reason: WITHHELD_BECAUSE[entry.reason] ? t(WITHHELD_BECAUSE[entry.reason]) : entry.reasonPlain })}
        </p>
        <p className="govuk-body">{reviewSentence(entry.reviewOn)}</p>
        <p className="govuk-body">{t(m.keptQuestions)}</p>
      </div>
    </article>
  );
}
