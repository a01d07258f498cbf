// "What you have agreed to share": each agreement, whether it is still going, and (for a parent) a way to stop it, with a check first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactElement, type ReactNode, useEffect, useId, useState } from 'react';
import type { Message } from '../../shared/i18n/messages.ts';
import { isApiError } from '../api/client.ts';
import type { Consent } from '../api/sharing.types.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Facts } from '../ui/facts.tsx';
import { focusElement } from '../ui/focus.ts';
import { formatDate } from '../ui/format.ts';
import { Tag, type TagColour } from '../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { sharingConsents as m } from './consents.messages.ts';
import { stopSharing } from './sharing.api.ts';
import { categoryLabel, kindInSentence } from './sharing-words.ts';

const STATUS: Record<Consent['status'], { tag: Message; colour: TagColour }> = {
  active: { tag: m.tagActive, colour: 'green' },
  not_started: { tag: m.tagNotStarted, colour: 'yellow' },
  withdrawn: { tag: m.tagWithdrawn, colour: 'grey' },
  expired: { tag: m.tagExpired, colour: 'grey' },
};

function statusSentence(t: Translate, consent: Consent): string {
  switch (consent.status) {
    case 'active':
      return consent.endsOn ? t(m.goingOnUntil, { date: formatDate(consent.endsOn) }) : t(m.goingOnUntilStopped);
    case 'not_started':
      return t(m.startsOn, { date: formatDate(consent.startsOn) });
    case 'withdrawn':
      return consent.withdrawnAt ? t(m.stoppedOn, { date: formatDate(consent.withdrawnAt) }) : t(m.stopped);
    case 'expired':
      return consent.endsOn ? t(m.endedOn, { date: formatDate(consent.endsOn) }) : t(m.ended);
  }
}

/** Whom it is shared with: a service's or worker's name, as written. */
const recipientOf = (consent: Consent) => (
  <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
    {consent.recipient}
  </Written>
);

const ORDER: Record<Consent['status'], number> = { active: 0, not_started: 1, withdrawn: 2, expired: 3 };

/** Text a screen reader hears but the page does not show. */
const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;

export function ConsentsSection({ consents, canChange }: { consents: Consent[]; canChange: boolean }) {
  const t = useT();
  // The card whose sharing was just stopped says so, and takes focus from the button that went away.
  const [stoppedId, setStoppedId] = useState<string | null>(null);
  const sorted = [...consents].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.startsOn.localeCompare(a.startsOn));
  return (
    <section aria-labelledby="consents-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="consents-heading">
        {canChange ? t(m.headingYours) : t(m.headingAgreed)}
      </h2>
      {sorted.length === 0 ? <p className="govuk-body">{canChange ? t(m.noneYours) : t(m.noneAgreed)}</p> : null}
      {sorted.map((consent) => (
        <ConsentCard key={consent.id} consent={consent} justStopped={stoppedId === consent.id} onStopped={() => setStoppedId(consent.id)} />
      ))}
    </section>
  );
}

type ConsentCardProps = { consent: Consent; justStopped: boolean; onStopped: () => void };

function ConsentCard({ consent, justStopped, onStopped }: ConsentCardProps) {
  const t = useT();
  const status = STATUS[consent.status];
  const title = (
    <>{t.rich(m.cardTitle, { kind: categoryLabel(consent.category, consent.categoryLabel), recipient: recipientOf(consent) })}</>
  );
  const doneId = useId();
  useEffect(() => {
    if (justStopped) focusElement(document.getElementById(doneId));
  }, [justStopped, doneId]);
  return (
    <div className="umb-share-card">
      {justStopped ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" id={doneId} role="status">
          {t.rich(m.youStopped, { recipient: recipientOf(consent) })}
        </p>
      ) : null}
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{title}</h3>
      <p className="govuk-body">
        <Tag colour={status.colour}>{t(status.tag)}</Tag> {statusSentence(t, consent)}
      </p>
      <Facts
        facts={[
          {
            key: t(m.factPurpose),
            // What it is for, in the words of whoever wrote it: the family member, or the worker whose request they accepted.
            value: (
              <Written as="span" note lang={consent.purposeWrittenIn}>
                {consent.purpose}
              </Written>
            ),
            className: 'umb-pre-line',
          },
          { key: t(m.factSince), value: formatDate(consent.startsOn) },
          { key: t(m.factUntil), value: consent.endsOn ? formatDate(consent.endsOn) : t(m.untilStopped) },
        ]}
      />
      {consent.youCanChange && (consent.status === 'active' || consent.status === 'not_started') ? (
        <StopSharing consent={consent} title={title} onStopped={onStopped} />
      ) : null}
    </div>
  );
}

function StopSharing({ consent, title, onStopped }: { consent: Consent; title: ReactElement; onStopped: () => void }) {
  const t = useT();
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
      setError(isApiError(failure) ? failure.message : t(m.couldNotStop));
    },
  });

  useEffect(() => {
    if (open) focusElement(document.getElementById(questionId));
  }, [open, questionId]);

  if (!open) {
    return (
      <Button type="button" secondary id={openId} onClick={() => setOpen(true)}>
        {t.rich(m.stopSharing, { title, hidden })}
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
        {t.rich(m.areYouSure, {
          recipient: recipientOf(consent),
          kind: kindInSentence(categoryLabel(consent.category, consent.categoryLabel)),
        })}
      </p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          {t.rich(m.error, { error, hidden })}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" className="govuk-button--warning" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {t(m.yesStop)}
        </Button>
        <Button type="button" secondary onClick={cancel}>
          {t(m.cancel)}
        </Button>
      </div>
    </div>
  );
}
