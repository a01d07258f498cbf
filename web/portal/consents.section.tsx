// "What you have agreed to share": each agreement, whether it is still going, and (for a parent) a way to stop it, with a check first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { isApiError } from '../api/client.ts';
import type { Consent } from '../api/sharing.types.ts';
import { Button } from '../ui/button.tsx';
import { Facts } from '../ui/facts.tsx';
import { focusElement } from '../ui/focus.ts';
import { formatDate } from '../ui/format.ts';
import { Tag, type TagColour } from '../ui/tag.tsx';
import { stopSharing } from './sharing.api.ts';
import { kindInSentence } from './sharing-words.ts';

const STATUS: Record<Consent['status'], { tag: string; colour: TagColour }> = {
  active: { tag: 'Sharing now', colour: 'green' },
  not_started: { tag: 'Not started yet', colour: 'yellow' },
  withdrawn: { tag: 'Stopped', colour: 'grey' },
  expired: { tag: 'Ended', colour: 'grey' },
};

function statusSentence(consent: Consent): string {
  switch (consent.status) {
    case 'active':
      return consent.endsOn ? `This is going on until ${formatDate(consent.endsOn)}.` : 'This is going on until it is stopped.';
    case 'not_started':
      return `This starts on ${formatDate(consent.startsOn)}.`;
    case 'withdrawn':
      return consent.withdrawnAt ? `This was stopped on ${formatDate(consent.withdrawnAt)}.` : 'This was stopped.';
    case 'expired':
      return consent.endsOn ? `This ended on ${formatDate(consent.endsOn)}.` : 'This has ended.';
  }
}

const ORDER: Record<Consent['status'], number> = { active: 0, not_started: 1, withdrawn: 2, expired: 3 };

export function ConsentsSection({ consents, canChange }: { consents: Consent[]; canChange: boolean }) {
  // The card whose sharing was just stopped says so, and takes focus from the button that went away.
  const [stoppedId, setStoppedId] = useState<string | null>(null);
  const sorted = [...consents].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.startsOn.localeCompare(a.startsOn));
  return (
    <section aria-labelledby="consents-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="consents-heading">
        {canChange ? 'What you have agreed to share' : 'What has been agreed'}
      </h2>
      {sorted.length === 0 ? (
        <p className="govuk-body">{canChange ? 'You have not' : 'Nobody has'} agreed to share anything extra.</p>
      ) : null}
      {sorted.map((consent) => (
        <ConsentCard key={consent.id} consent={consent} justStopped={stoppedId === consent.id} onStopped={() => setStoppedId(consent.id)} />
      ))}
    </section>
  );
}

type ConsentCardProps = { consent: Consent; justStopped: boolean; onStopped: () => void };

function ConsentCard({ consent, justStopped, onStopped }: ConsentCardProps) {
  const status = STATUS[consent.status];
  const title = `${consent.categoryLabel} information with ${consent.recipient}`;
  const doneId = useId();
  useEffect(() => {
    if (justStopped) focusElement(document.getElementById(doneId));
  }, [justStopped, doneId]);
  return (
    <div className="umb-share-card">
      {justStopped ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" id={doneId} role="status">
          You stopped sharing. {consent.recipient} can no longer see this.
        </p>
      ) : null}
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{title}</h3>
      <p className="govuk-body">
        <Tag colour={status.colour}>{status.tag}</Tag> {statusSentence(consent)}
      </p>
      <Facts
        facts={[
          { key: 'What it is for', value: consent.purpose, className: 'umb-pre-line' },
          { key: 'Since', value: formatDate(consent.startsOn) },
          { key: 'Until', value: consent.endsOn ? formatDate(consent.endsOn) : 'Until it is stopped' },
        ]}
      />
      {consent.youCanChange && (consent.status === 'active' || consent.status === 'not_started') ? (
        <StopSharing consent={consent} title={title} onStopped={onStopped} />
      ) : null}
    </div>
  );
}

function StopSharing({ consent, title, onStopped }: { consent: Consent; title: string; onStopped: () => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  const openId = `stop-sharing-${consent.id}`;

  const mutation = useMutation({
    mutationFn: () => stopSharing(consent.id),
    onSuccess: async () => {
      onStopped();
      await queryClient.invalidateQueries({ queryKey: ['portal', 'sharing'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : 'We could not stop sharing. Try again in a few minutes.');
    },
  });

  useEffect(() => {
    if (open) focusElement(document.getElementById(questionId));
  }, [open, questionId]);

  if (!open) {
    return (
      <Button type="button" secondary id={openId} onClick={() => setOpen(true)}>
        Stop sharing<span className="govuk-visually-hidden">: {title}</span>
      </Button>
    );
  }

  const cancel = () => {
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => document.getElementById(openId)?.focus());
  };

  return (
    <div className="umb-confirm">
      <p className="govuk-body govuk-!-font-weight-bold" id={questionId}>
        Are you sure? {consent.recipient} will no longer see your {kindInSentence(consent.categoryLabel)} information from their next visit
        to your record.
      </p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" className="govuk-button--warning" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          Yes, stop sharing
        </Button>
        <Button type="button" secondary onClick={cancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
