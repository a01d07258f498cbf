// "Requests to share": a worker asked to see a kind of information, and why; a parent says yes or no, and sees earlier answers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { isApiError } from '../api/client.ts';
import type { ConsentRequest } from '../api/sharing.types.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { focusElement } from '../ui/focus.ts';
import { formatDate } from '../ui/format.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { sharingConsents as m } from './consents.messages.ts';
import { answerRequest } from './sharing.api.ts';
import { categoryLabel, kindInSentence } from './sharing-words.ts';

type Answered = { id: string; accept: boolean };

/** Text a screen reader hears but the page does not show. */
const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;
/** The service that asked, by its own name, as written. */
const recipientOf = (request: ConsentRequest) => (
  <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
    {request.recipient}
  </Written>
);
/** "mental health", for "your mental health information". */
const kindOf = (request: ConsentRequest) => kindInSentence(categoryLabel(request.category, request.categoryLabel));

export function ConsentRequestsSection({ requests, canChange }: { requests: ConsentRequest[]; canChange: boolean }) {
  const t = useT();
  const [answered, setAnswered] = useState<Answered | null>(null);
  const open = requests.filter((request) => request.status === 'open');
  const earlier = requests.filter((request) => request.status !== 'open');
  const justAnswered = answered ? requests.find((request) => request.id === answered.id) : undefined;

  return (
    <section aria-labelledby="requests-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="requests-heading">
        {t(m.requestsHeading)}
      </h2>
      {answered && justAnswered ? <AnsweredMessage key={answered.id} request={justAnswered} accept={answered.accept} /> : null}
      {open.length === 0 ? <p className="govuk-body">{t(m.noRequests)}</p> : null}
      {open.map((request) => (
        <div className="umb-share-card" key={request.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {t(m.requestTitle, { askedBy: request.askedBy, kind: kindOf(request) })}
          </h3>
          <p className="govuk-body">
            {t.rich(m.requestWho, { askedBy: request.askedBy, recipient: recipientOf(request), date: formatDate(request.createdAt) })}
          </p>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t(m.whyTheyAsked)}</p>
          <Written className="govuk-body umb-pre-line" lang={PROFESSIONALS_WRITE_IN}>
            {request.reason}
          </Written>
          {canChange ? (
            <AnswerButtons request={request} onAnswered={(accept) => setAnswered({ id: request.id, accept })} />
          ) : (
            <p className="govuk-body">{t(m.parentDecides)}</p>
          )}
        </div>
      ))}
      {earlier.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">{t(m.earlierRequests)}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {earlier.map((request) => (
              <li key={request.id}>
                {t.rich(request.status === 'accepted' ? m.earlierYes : m.earlierNo, {
                  askedBy: request.askedBy,
                  recipient: recipientOf(request),
                  kind: kindOf(request),
                  date: formatDate(request.createdAt),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function AnsweredMessage({ request, accept }: { request: ConsentRequest; accept: boolean }) {
  const t = useT();
  const id = useId();
  useEffect(() => focusElement(document.getElementById(id)), [id]);
  return (
    <p className="govuk-body govuk-!-font-weight-bold umb-done" id={id} role="status">
      {t.rich(accept ? m.saidYes : m.saidNo, { recipient: recipientOf(request), kind: kindOf(request) })}
    </p>
  );
}

function AnswerButtons({ request, onAnswered }: { request: ConsentRequest; onAnswered: (accept: boolean) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (accept: boolean) => answerRequest(request.id, accept),
    onSuccess: async (_, accept) => {
      onAnswered(accept);
      await queryClient.invalidateQueries({ queryKey: ['portal', 'sharing'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : t(m.answerNotSent));
    },
  });
  const about = { askedBy: request.askedBy, kind: categoryLabel(request.category, request.categoryLabel), hidden };
  return (
    <>
      <p className="govuk-body">{t(m.ifYouSayYes)}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          {t.rich(m.error, { error, hidden })}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate(true)}>
          {t.rich(m.sayYes, about)}
        </Button>
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(false)}>
          {t.rich(m.sayNo, about)}
        </Button>
      </div>
    </>
  );
}
