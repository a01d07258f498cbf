// One record entry in full for the care team: the text, what is kept from the parent, the decision, who was there,
// earlier versions, replies beside it, and the ways to correct it (never delete it).
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Entry } from '../../api/types.ts';
import { useFlash } from '../../ui/flash.ts';
import { focusElement } from '../../ui/focus.ts';
import { formatDate } from '../../ui/format.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeptNote } from '../words/kept-note.tsx';
import { EntryActions, type EntryMode } from './entry-actions.tsx';
import { EntryTags } from './entry-tags.tsx';
import { EntryVersions } from './entry-versions.tsx';
import { entryQuery } from './records.queries.ts';
import { RepliesList } from './replies.list.tsx';
import { ReplyForm } from './reply.form.tsx';

const FORM_HEADINGS: Record<Exclude<EntryMode, 'view'>, string> = {
  edit: 'edit-heading',
  withhold: 'withhold-heading',
  hide: 'hide-reason-heading',
  error: 'error-reason-heading',
};

export function EntryPage({ familyId, entryId }: { familyId: string; entryId: string }) {
  const { data: entry } = useSuspenseQuery(entryQuery(familyId, entryId));
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const flash = useFlash();
  const [mode, setMode] = useState<EntryMode>('view');
  const [message, setMessage] = useState<string | null>(flash);
  const title = `${entry.kindLabel}, ${formatDateTime(entry.occurredAt)}`;
  usePageTitle(title);

  // After an action, the confirmation takes focus so everyone hears that it worked.
  useEffect(() => {
    if (message && mode === 'view') focusElement(document.getElementById('entry-message'), false);
  }, [message, mode]);

  // Opening a form puts focus on its heading, so keyboard and screen reader users land in it.
  useEffect(() => {
    if (mode !== 'view') focusElement(document.getElementById(FORM_HEADINGS[mode]));
  }, [mode]);

  const changeMode = (next: EntryMode) => {
    setMessage(null);
    setMode(next);
  };

  const finish = (result: string | null) => {
    setMode('view');
    setMessage(result);
    if (!result) requestAnimationFrame(() => focusElement(document.getElementById('entry-actions-heading')));
  };

  return (
    <>
      <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
        Back to {family.displayName}
      </Link>
      {message ? (
        <div id="entry-message">
          <NotificationBanner title="Success" heading={message} success />
        </div>
      ) : null}
      <span className="govuk-caption-l">{family.displayName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <EntryTags entry={entry} />
      {entry.enteredInError ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Entered in error by {entry.enteredInError.byName} on {formatDateTime(entry.enteredInError.at)}: {entry.enteredInError.reason}.
            It is kept in the record but should not be relied on.
          </strong>
          <KeptNote kept={entry.enteredInError.keptAsWritten} />
        </div>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <SummaryList rows={detailRows(entry)} />
          <h2 className="govuk-heading-m">What happened</h2>
          <p className="govuk-body umb-pre-line">{entry.text}</p>
          {/* Beside the wording shown: its newest version (withholding or marking in error step the entry's version, not its words). */}
          <KeptNote kept={entry.keptAsWritten.find((k) => k.version === Math.max(...entry.versions.map((v) => v.version)))} />
          <WithholdingDetails entry={entry} />
          {entry.decision ? <DecisionDetails decision={entry.decision} /> : null}
          <EntryVersions versions={entry.versions} currentVersion={entry.version} kept={entry.keptAsWritten} />
        </div>
        <div className="govuk-grid-column-one-third-from-desktop umb-rec-side">
          <section aria-labelledby="replies-heading">
            <h2 className="govuk-heading-m" id="replies-heading">
              Replies
            </h2>
            <RepliesList replies={entry.replies} headingLevel={3} hideHeading />
            {entry.allowedChanges.includes('team_answer') ? <ReplyForm entry={entry} /> : null}
          </section>
        </div>
      </div>
      {/* After the replies on a phone, so the family's words come straight after the entry they answer. */}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <EntryActions entry={entry} mode={mode} onModeChange={changeMode} onDone={finish} />
        </div>
      </div>
    </>
  );
}

function detailRows(entry: Entry) {
  const present = [...entry.presentPeople, ...entry.presentStaff].map((p) => p.name);
  return [
    { key: 'Kind', value: entry.kindLabel },
    { key: 'When', value: formatDateTime(entry.occurredAt) },
    { key: 'Written by', value: `${entry.authorName}, ${entry.authorJobTitle}, ${entry.authorOrganisation}` },
    { key: 'Who was there', value: present.length > 0 ? present.join(', ') : 'Not recorded' },
    { key: 'Information category', value: entry.categoryLabel },
    { key: 'Who can see this', value: visibilityText(entry) },
  ];
}

function visibilityText(entry: Entry): string {
  if (!entry.withholding) return 'The parent can see all of it';
  const scope = entry.withholding.scope === 'whole' ? 'All of it is kept from the parent' : 'Part of it is kept from the parent';
  return entry.withholding.placeholderHidden ? `${scope}, and they are not told that anything is kept back` : scope;
}

function WithholdingDetails({ entry }: { entry: Entry }) {
  const w = entry.withholding;
  if (!w) return null;
  return (
    <section className="umb-rec-restricted" aria-labelledby="restricted-heading">
      <h2 className="govuk-heading-s" id="restricted-heading">
        {w.scope === 'part' ? 'Part kept from the parent' : 'This whole entry is kept from the parent'}
      </h2>
      {w.scope === 'part' && entry.restrictedText ? <p className="govuk-body umb-pre-line">{entry.restrictedText}</p> : null}
      <SummaryList
        noBorder
        rows={[
          { key: 'Reason', value: w.reasonLabel },
          { key: 'Decided by', value: w.decidedByName },
          { key: 'Review date', value: formatDate(w.reviewOn) },
          {
            key: 'What the parent sees',
            value: w.placeholderHidden
              ? 'Nothing: a team manager decided that even saying something is kept back would put someone at risk.'
              : w.scope === 'part'
                ? 'The rest of the entry, and a note that part is kept back, with the reason and review date.'
                : 'That something written on this date is kept from them, with the reason and review date.',
          },
        ]}
      />
    </section>
  );
}

function DecisionDetails({ decision }: { decision: NonNullable<Entry['decision']> }) {
  return (
    <section aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        The decision
      </h2>
      <SummaryList
        rows={[
          { key: 'Options considered', value: <span className="umb-pre-line">{decision.optionsConsidered}</span> },
          { key: 'Reasons', value: <span className="umb-pre-line">{decision.reasons}</span> },
          { key: 'Who decided', value: decision.decidedBy },
          {
            key: 'What the parent thinks',
            value: decision.parentView ? <span className="umb-pre-line">{decision.parentView}</span> : 'Not recorded',
          },
          { key: 'How to challenge it', value: <span className="umb-pre-line">{decision.howToChallenge}</span> },
        ]}
      />
    </section>
  );
}
