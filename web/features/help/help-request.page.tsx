// One request for help, for a worker on the care team (issue 14 §2): the request in the person's own words and what
// has happened since, what helps the parent (only what she shared with this worker), the children's contingency
// arrangements and the last contacts, with the one-screen response.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { CONTACT_WAY_WORDS, HELP_URGENCY_WORDS, momentInWords } from '../../../shared/domain/help.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeptNote } from '../words/kept-note.tsx';
import { helpRequestQuery } from './help.api.ts';
import { AcknowledgeForm, ContactForm, PassForm } from './help-responses.form.tsx';

export function HelpRequestPage({ familyId, requestId }: { familyId: string; requestId: string }) {
  const { data } = useSuspenseQuery(helpRequestQuery(familyId, requestId));
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const [done, setDone] = useState<string | null>(null);
  const r = data.request;
  const parentName = data.parentName ?? 'the parent';
  const title = r.kind === 'worry' ? `${r.askedBy} raised a worry` : `${r.askedBy} asked for help`;
  usePageTitle(title);
  const props = { familyId, data, parentName, onDone: setDone };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to {family.displayName}
        </Link>
        {done ? <NotificationBanner success heading={`${done} ${r.askedBy} has been told.`} /> : null}
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body-l umb-written">{r.words}</p>
        <SummaryList
          rows={[
            { key: 'Sent', value: `${momentInWords(r.createdAt)}${r.outOfHours ? ' (out of hours)' : ''}` },
            { key: 'How soon', value: HELP_URGENCY_WORDS[r.urgency] },
            ...(r.worryAbout ? [{ key: 'About', value: r.worryAbout === 'children' ? 'The children' : parentName }] : []),
            { key: 'Contact by', value: r.contactWays.map((w) => CONTACT_WAY_WORDS[w]).join(', ') || 'Not said' },
            ...(r.contactTime ? [{ key: 'A time that suits', value: r.contactTime }] : []),
            { key: 'Sent to', value: r.handlers.map((h) => h.name).join(', ') },
            {
              key: 'Answered',
              value: r.acknowledged
                ? `By ${r.acknowledged.by}, ${momentInWords(r.acknowledged.at)}`
                : r.acknowledgeBy
                  ? `Not yet. Please answer by ${momentInWords(r.acknowledgeBy)}.`
                  : 'Not yet. There is no rush.',
            },
            ...(r.worryOutcome === 'safeguarding' ? [{ key: `Not told to ${parentName}`, value: r.safeguardingReason ?? '' }] : []),
          ]}
        />
        {r.events.length ? (
          <>
            <h2 className="govuk-heading-m">What has happened</h2>
            <ul className="govuk-list govuk-list--spaced">
              {r.events.map((e) => (
                <li key={e.id}>
                  <strong>{e.words}</strong>, {momentInWords(e.at)}
                  {e.contactAt && e.contactWay ? `. ${CONTACT_WAY_WORDS[e.contactWay]} on ${momentInWords(e.contactAt)}` : ''}
                  {e.text ? <span className="govuk-!-display-block umb-written">“{e.text}”</span> : null}
                  <KeptNote kept={data.keptAsWritten.find((k) => k.eventId === e.id)} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {data.canRespond ? (
          <>
            <h2 className="govuk-heading-m">Respond</h2>
            {r.acknowledged ? null : <AcknowledgeForm {...props} />}
            <ContactForm {...props} />
            <PassForm {...props} />
          </>
        ) : (
          <p className="govuk-inset-text">
            You can read this, but only a worker on the family’s care team can answer it. It went to{' '}
            {r.handlers.map((h) => h.name).join(' and ')}.
          </p>
        )}
        <h2 className="govuk-heading-m">What helps {parentName}</h2>
        {data.wellness.map((p) => (
          <div key={p.key}>
            <h3 className="govuk-heading-s">{p.title}</h3>
            <p className="govuk-body umb-written">{p.text}</p>
          </div>
        ))}
        {data.wellness.length === 0 && data.wellnessHiddenCount === 0 ? (
          <p className="govuk-body">Nothing is written yet about early signs or what helps.</p>
        ) : null}
        {data.wellnessHiddenCount > 0 ? (
          <p className="govuk-body">Some parts of {parentName}’s wellness plan about this are not shared with you.</p>
        ) : null}
        <h2 className="govuk-heading-m">If the children need looking after</h2>
        {data.contingency.length === 0 ? <p className="govuk-body">No contingency arrangements you can read.</p> : null}
        {data.contingency.map((c) => (
          <div key={c.child}>
            <h3 className="govuk-heading-s">{c.child}</h3>
            <p className="govuk-body umb-written">{c.text}</p>
          </div>
        ))}
        <h2 className="govuk-heading-m">Last contacts</h2>
        {data.recentContacts.length === 0 ? <p className="govuk-body">No contacts recorded that you can read.</p> : null}
        <ul className="govuk-list govuk-list--spaced">
          {data.recentContacts.map((e) => (
            <li key={e.id}>
              <Link to="/families/$familyId/entries/$entryId" params={{ familyId, entryId: e.id }} className="govuk-link">
                {e.kindLabel}, {formatDateTime(e.occurredAt)}
              </Link>{' '}
              <span className="govuk-body-s">by {e.authorName}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
