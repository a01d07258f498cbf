// The family member's own requests for help (and, for the parent, worries she was told of): in their words, whom each
// went to, who answered and when, and everything that happened since.
import { CONTACT_WAY_WORDS, HELP_URGENCY_WORDS, momentInWords } from '../../../shared/domain/help.ts';
import type { HelpRequestView } from './help.api.ts';

function Status({ request }: { request: HelpRequestView }) {
  if (request.acknowledged)
    return (
      <p className="govuk-body">
        <strong>{request.acknowledged.by}</strong> read it on {momentInWords(request.acknowledged.at)}.
      </p>
    );
  return (
    <p className="govuk-body">
      Not read yet.
      {request.acknowledgeBy ? ` Someone will answer by ${momentInWords(request.acknowledgeBy)}.` : ''}
    </p>
  );
}

function Events({ request }: { request: HelpRequestView }) {
  if (request.events.length === 0) return null;
  return (
    <ul className="govuk-list umb-help-events">
      {request.events.map((e) => (
        <li key={e.id}>
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{momentInWords(e.at)}</span>
          <strong>{e.words}</strong>
          {e.contactAt && e.contactWay ? (
            <span className="govuk-!-display-block">
              {CONTACT_WAY_WORDS[e.contactWay]} on {momentInWords(e.contactAt)}
            </span>
          ) : null}
          {e.text ? <span className="govuk-!-display-block umb-written">“{e.text}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function HelpRequestsList({ requests, heading }: { requests: HelpRequestView[]; heading: string }) {
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
                ? `${r.kind === 'worry' ? 'Your worry' : 'You asked for help'} on ${momentInWords(r.createdAt)}`
                : `${r.askedBy} raised a worry on ${momentInWords(r.createdAt)}`}
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body umb-written">{r.words}</p>
            <p className="govuk-body-s">
              {HELP_URGENCY_WORDS[r.urgency]}
              {r.mine ? ` · Sent to ${r.sentTo.join(' and ')}` : ''}
            </p>
            <Status request={r} />
            <Events request={r} />
          </div>
        </div>
      ))}
    </section>
  );
}
