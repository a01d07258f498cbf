// The family member's own requests for help (and, for the parent, worries she was told of): in their words, whom each
// went to, who answered and when, and everything that happened since.
import type { ReactNode } from 'react';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { namesInLanguage } from '../family-names.ts';
import type { HelpRequestView } from './help.api.ts';
import { helpRequests as m } from './help-requests.messages.ts';
import { CONTACT_WAY_WORDS, momentShown, URGENCY_WORDS } from './help-words.ts';

const strong = (text: ReactNode[]) => <strong>{text}</strong>;

function Status({ request }: { request: HelpRequestView }) {
  const t = useT();
  if (request.acknowledged)
    return (
      <p className="govuk-body">
        {t.rich(m.readOn, { name: request.acknowledged.by, when: momentShown(request.acknowledged.at), b: strong })}
      </p>
    );
  return (
    <p className="govuk-body">
      {request.acknowledgeBy ? t(m.notReadYetAnswerBy, { when: momentShown(request.acknowledgeBy) }) : t(m.notReadYet)}
    </p>
  );
}

/** What happened, in the language shown (shared/domain/help.ts#helpEventWords says the same in English for the server). */
function eventWords(t: Translate, e: HelpRequestView['events'][number]): string {
  const who = e.who ?? 'Umbrella';
  const to = e.toNames.length ? namesInLanguage(t, e.toNames) : null;
  switch (e.kind) {
    case 'acknowledged':
      return t(m.event_acknowledged, { who });
    case 'contact_arranged':
      return t(m.event_contact_arranged, { who });
    case 'passed':
      return t(m.event_passed, { who, to: to ?? t(m.aColleague) });
    case 'escalated_to_duty':
    case 'escalated_to_manager':
      return t(m.event_escalated, { to: to ?? t(m.someoneElse) });
    default:
      return e.words;
  }
}

function Events({ request }: { request: HelpRequestView }) {
  const t = useT();
  if (request.events.length === 0) return null;
  return (
    <ul className="govuk-list umb-help-events">
      {request.events.map((e) => (
        <li key={e.id}>
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{momentShown(e.at)}</span>
          <strong>{eventWords(t, e)}</strong>
          {e.contactAt && e.contactWay ? (
            <span className="govuk-!-display-block">
              {t(m.contactOn, { way: t(CONTACT_WAY_WORDS[e.contactWay]), when: momentShown(e.contactAt) })}
            </span>
          ) : null}
          {e.text ? (
            // A worker's response, as they wrote it (the professionals write English for now).
            <Written lang={PROFESSIONALS_WRITE_IN} as="span" className="govuk-!-display-block" note>
              {t(m.quoted, { text: e.text })}
            </Written>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function HelpRequestsList({ requests, heading }: { requests: HelpRequestView[]; heading: string }) {
  const t = useT();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="your-requests-heading">
      <h2 className="govuk-heading-m" id="your-requests-heading">
        {heading}
      </h2>
      {requests.map((r) => (
        <div key={r.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {r.mine
                ? t(r.kind === 'worry' ? m.yourWorryOn : m.youAskedOn, { when: momentShown(r.createdAt) })
                : t(m.raisedWorryOn, { name: r.askedBy, when: momentShown(r.createdAt) })}
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <Written lang={r.writtenIn} className="govuk-body">
              {r.words}
            </Written>
            <p className="govuk-body-s">
              {r.mine
                ? t(m.urgencySentTo, { urgency: t(URGENCY_WORDS[r.urgency]), names: namesInLanguage(t, r.sentTo) })
                : t(URGENCY_WORDS[r.urgency])}
            </p>
            <Status request={r} />
            <Events request={r} />
          </div>
        </div>
      ))}
    </section>
  );
}
