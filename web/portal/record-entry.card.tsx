// One entry of "Your record": what kind, when, who wrote it and who was there, the words, notes, the decision, and the replies beside it.
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../ui/format.ts';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { AddYourViewForm } from './add-your-view.form.tsx';
import { DecisionView } from './decision.view.tsx';
import { ChangedNote, EnteredInErrorNote, hasEarlierWording, PartWithheldNote } from './entry-notes.view.tsx';
import { EntryRepliesView } from './entry-replies.view.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { VisibleEntry } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';

type RecordEntryCardProps = {
  entry: VisibleEntry;
  accountId: string;
  onErrorsChange: (entryId: string, hasErrors: boolean) => void;
};

export const entryHeadingId = (entryId: string): string => `entry-${entryId}-heading`;

export function RecordEntryCard({ entry, accountId, onErrorsChange }: RecordEntryCardProps) {
  const [sent, setSent] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  const headingId = entryHeadingId(entry.id);
  const entryName = `${entry.kindLabel} on ${formatDate(entry.occurredAt)}`;

  useEffect(() => {
    if (sent) bannerRef.current?.focus();
  }, [sent]);

  return (
    <article className={`umb-entry${entry.enteredInError ? ' umb-entry--in-error' : ''}`} aria-labelledby={headingId}>
      <div className="umb-entry__main">
        <h2 className="govuk-heading-m umb-entry__title" id={headingId}>
          {entryName}
        </h2>
        {entry.enteredInError ? <EnteredInErrorNote enteredInError={entry.enteredInError} /> : null}
        <dl className="umb-entry__facts">
          <div>
            <dt>When</dt>
            <dd>{formatDateTime(entry.occurredAt)}</dd>
          </div>
          <div>
            <dt>Written by</dt>
            <dd>
              {entry.authorName}, {entry.authorJobTitle}, {entry.authorOrganisation}
            </dd>
          </div>
          {entry.presentNames.length > 0 ? (
            <div>
              <dt>Who was there</dt>
              <dd>{entry.presentNames.join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>What it is about</dt>
            <dd>{entry.categoryLabel}</dd>
          </div>
        </dl>
        <h3 className="govuk-heading-s">{entry.decision ? 'What was decided' : 'What was written'}</h3>
        <ExplainedText text={entry.text} />
        {entry.partWithheld ? <PartWithheldNote partWithheld={entry.partWithheld} /> : null}
        {entry.decision ? <DecisionView decision={entry.decision} headingId={`${headingId}-decision`} /> : null}
        {entry.edited && (hasEarlierWording(entry.versions, entry.text) || !entry.enteredInError) ? (
          <ChangedNote versions={entry.versions} currentText={entry.text} />
        ) : null}
      </div>
      <div className="umb-entry__side">
        <EntryRepliesView replies={entry.replies} headingId={`${headingId}-replies`} />
        {sent ? (
          <div ref={bannerRef} tabIndex={-1} className="umb-entry__sent">
            <NotificationBanner
              title="Success"
              heading="Your view has been added. The person who wrote this and your key workers have been told."
              success
            />
          </div>
        ) : null}
        <AddYourViewForm
          entryId={entry.id}
          entryName={entryName}
          accountId={accountId}
          onSent={() => setSent(true)}
          onErrorsChange={(hasErrors) => onErrorsChange(entry.id, hasErrors)}
        />
      </div>
    </article>
  );
}
