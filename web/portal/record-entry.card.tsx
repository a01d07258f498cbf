// One entry of "Your record": what kind, when, who wrote it and who was there, the words, notes, the decision, and the replies beside it.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { EntryKind, InformationCategory } from '../../shared/domain/records.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { AddYourViewForm } from './add-your-view.form.tsx';
import { DecisionView } from './decision.view.tsx';
import { ChangedNote, EnteredInErrorNote, hasEarlierWording, PartWithheldNote } from './entry-notes.view.tsx';
import { EntryRepliesView } from './entry-replies.view.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { VisibleEntry } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';
import { recordEntry as m } from './record-entry.messages.ts';

/** Each kind of entry in the language shown (shared/domain/records.ts's ENTRY_KINDS in English). */
const KIND_WORDS: Record<EntryKind, Message> = {
  home_visit: m.kind_home_visit,
  office_meeting: m.kind_office_meeting,
  phone_call: m.kind_phone_call,
  message: m.kind_message,
  multi_agency_meeting: m.kind_multi_agency_meeting,
  observation: m.kind_observation,
  decision: m.kind_decision,
};

/** Each information category in the language shown (the server sends its key; INFORMATION_CATEGORIES in English). */
const CATEGORY_WORDS: Record<InformationCategory, Message> = {
  general: m.category_general,
  mental_health: m.category_mental_health,
  childrens_social_care: m.category_childrens_social_care,
  health: m.category_health,
  education: m.category_education,
  third_party: m.category_third_party,
};

type RecordEntryCardProps = {
  entry: VisibleEntry;
  accountId: string;
  onErrorsChange: (entryId: string, hasErrors: boolean) => void;
};

export const entryHeadingId = (entryId: string): string => `entry-${entryId}-heading`;

export function RecordEntryCard({ entry, accountId, onErrorsChange }: RecordEntryCardProps) {
  const t = useT();
  const [sent, setSent] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  const headingId = entryHeadingId(entry.id);
  const kind = KIND_WORDS[entry.kind] ? t(KIND_WORDS[entry.kind]) : entry.kindLabel;
  const entryName = t(m.entryName, { kind, date: formatDate(entry.occurredAt) });

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
            <dt>{t(m.when)}</dt>
            <dd>{formatDateTime(entry.occurredAt)}</dd>
          </div>
          <div>
            <dt>{t(m.writtenBy)}</dt>
            <dd>
              {/* The name, job title and organisation's name as the worker's account has them, in the professionals' language. */}
              <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
                {entry.authorName}
              </Written>
              {[entry.authorJobTitle, entry.authorOrganisation].filter(Boolean).map((part) => (
                <Fragment key={part}>
                  ,{' '}
                  <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
                    {part}
                  </Written>
                </Fragment>
              ))}
            </dd>
          </div>
          {entry.presentNames.length > 0 ? (
            <div>
              <dt>{t(m.whoWasThere)}</dt>
              <dd>
                <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
                  {entry.presentNames.join(', ')}
                </Written>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t(m.whatItIsAbout)}</dt>
            <dd>{CATEGORY_WORDS[entry.category] ? t(CATEGORY_WORDS[entry.category]) : entry.categoryLabel}</dd>
          </div>
        </dl>
        <h3 className="govuk-heading-s">{t(entry.decision ? m.whatWasDecided : m.whatWasWritten)}</h3>
        <ExplainedText text={entry.text} lang={PROFESSIONALS_WRITE_IN} />
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
            <NotificationBanner title={t(m.sentTitle)} heading={t(m.sent)} success />
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
