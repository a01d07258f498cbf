// "Requests to share": a worker asked to see a kind of information, and why; a parent says yes or no, and sees earlier answers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { isApiError } from '../api/client.ts';
import type { ConsentRequest } from '../api/sharing.types.ts';
import { Button } from '../ui/button.tsx';
import { focusElement } from '../ui/focus.ts';
import { formatDate } from '../ui/format.ts';
import { answerRequest } from './sharing.api.ts';
import { kindInSentence } from './sharing-words.ts';

type Answered = { id: string; accept: boolean };

export function ConsentRequestsSection({ requests, canChange }: { requests: ConsentRequest[]; canChange: boolean }) {
  const [answered, setAnswered] = useState<Answered | null>(null);
  const open = requests.filter((request) => request.status === 'open');
  const earlier = requests.filter((request) => request.status !== 'open');
  const justAnswered = answered ? requests.find((request) => request.id === answered.id) : undefined;

  return (
    <section aria-labelledby="requests-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="requests-heading">
        Requests to share
      </h2>
      {answered && justAnswered ? <AnsweredMessage key={answered.id} request={justAnswered} accept={answered.accept} /> : null}
      {open.length === 0 ? <p className="govuk-body">Nobody is asking to see more of your information right now.</p> : null}
      {open.map((request) => (
        <div className="umb-share-card" key={request.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {request.askedBy} asked to see your {kindInSentence(request.categoryLabel)} information
          </h3>
          <p className="govuk-body">
            {request.askedBy} works for {request.recipient}. They asked on {formatDate(request.createdAt)}.
          </p>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Why they asked</p>
          <p className="govuk-body umb-pre-line">{request.reason}</p>
          {canChange ? (
            <AnswerButtons request={request} onAnswered={(accept) => setAnswered({ id: request.id, accept })} />
          ) : (
            <p className="govuk-body">Your parent can say yes or no to this.</p>
          )}
        </div>
      ))}
      {earlier.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Earlier requests</h3>
          <ul className="govuk-list govuk-list--bullet">
            {earlier.map((request) => (
              <li key={request.id}>
                {request.askedBy} ({request.recipient}) asked to see your {kindInSentence(request.categoryLabel)} information on{' '}
                {formatDate(request.createdAt)}. {request.status === 'accepted' ? 'The answer was yes.' : 'The answer was no.'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function AnsweredMessage({ request, accept }: { request: ConsentRequest; accept: boolean }) {
  const id = useId();
  useEffect(() => focusElement(document.getElementById(id)), [id]);
  return (
    <p className="govuk-body govuk-!-font-weight-bold umb-done" id={id} role="status">
      {accept
        ? `You said yes. ${request.recipient} can now see your ${kindInSentence(request.categoryLabel)} information. You can stop this at any time.`
        : `You said no. ${request.recipient} will not see your ${kindInSentence(request.categoryLabel)} information.`}
    </p>
  );
}

function AnswerButtons({ request, onAnswered }: { request: ConsentRequest; onAnswered: (accept: boolean) => void }) {
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
      setError(isApiError(failure) ? failure.message : 'Your answer was not sent. Try again in a few minutes.');
    },
  });
  const about = `: ${request.askedBy}, ${request.categoryLabel}`;
  return (
    <>
      <p className="govuk-body">If you say yes, you can still stop sharing at any time.</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate(true)}>
          Say yes<span className="govuk-visually-hidden">{about}</span>
        </Button>
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(false)}>
          Say no<span className="govuk-visually-hidden">{about}</span>
        </Button>
      </div>
    </>
  );
}
