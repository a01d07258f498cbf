// "Ask for help" (issue 14 §1): a family member says what is happening in their own words, how soon and how they would
// like to be contacted; a trusted person or the other parent raises a worry. Out of hours, who can help now comes first.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import {
  CONTACT_WAY_WORDS,
  CONTACT_WAYS,
  type ContactWay,
  HELP_PROMISE,
  HELP_URGENCIES,
  HELP_URGENCY_WORDS,
  type HelpUrgency,
  type WorryAbout,
  worryExplained,
  YOUNG_PERSON_HELP_PRIVACY,
} from '../../../shared/domain/help.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import type { PortalMe } from '../portal.types.ts';
import { type HelpRequestInput, helpQuery, sendHelpRequest } from './help.api.ts';
import { HelpOutOfHours } from './help-out-of-hours.view.tsx';
import { HelpRequestsList } from './help-requests.list.tsx';

const FIELDS = ['worryAbout', 'words', 'urgency', 'contactWays', 'contactTime'];
const joinNames = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

export function HelpPage({ me }: { me: PortalMe }) {
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(helpQuery);
  const worry = data.kind === 'worry';
  const parentName = data.parentName ?? 'the parent';
  const [step, setStep] = useState<'out_of_hours' | 'form'>(data.outOfHours ? 'out_of_hours' : 'form');
  const [words, setWords] = useState('');
  const [urgency, setUrgency] = useState<HelpUrgency | ''>('');
  const [contactWays, setContactWays] = useState<string[]>([]);
  const [contactTime, setContactTime] = useState('');
  const [worryAbout, setWorryAbout] = useState<WorryAbout | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string[] | null>(null);
  // One key per content sent: a retry of the same words reuses it (one request), changed words get a new one.
  const sent = useRef<{ body: string; key: string } | null>(null);
  const title = worry ? 'Raise a worry' : 'Ask for help';
  usePageTitle(title, Object.keys(errors).length > 0);

  const send = useMutation({
    mutationFn: (body: HelpRequestInput) => {
      const text = JSON.stringify(body);
      if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() };
      return sendHelpRequest(body, sent.current.key);
    },
    onSuccess: async (request) => {
      setSentTo(request.sentTo);
      setWords('');
      setUrgency('');
      setContactWays([]);
      setContactTime('');
      setWorryAbout('');
      sent.current = null;
      await queryClient.invalidateQueries({ queryKey: helpQuery.queryKey });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'words'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (worry && !worryAbout) problems.worryAbout = 'Choose who you are worried about';
    if (!words.trim()) problems.words = 'Write what is happening, in your own words';
    if (!urgency) problems.urgency = 'Choose how soon you would like to hear back';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !urgency) return;
    setSentTo(null);
    send.mutate({
      words: words.trim(),
      urgency,
      contactWays: contactWays.filter((w): w is ContactWay => (CONTACT_WAYS as readonly string[]).includes(w)),
      contactTime: contactTime.trim() || undefined,
      worryAbout: worry && worryAbout ? worryAbout : undefined,
    });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        {sentTo ? (
          <NotificationBanner success heading={`Thank you. ${joinNames(sentTo)} ${sentTo.length > 1 ? 'have' : 'has'} been told.`}>
            <p className="govuk-body">You can see below when someone has read it and what will happen.</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={toFormErrors(errors, FIELDS)} />
        <h1 className="govuk-heading-l">{title}</h1>
        {worry ? <p className="govuk-body">{worryExplained(parentName)}</p> : <p className="govuk-body-l">{HELP_PROMISE}</p>}
        {me.kind === 'young_person' ? <p className="govuk-body">{YOUNG_PERSON_HELP_PRIVACY}</p> : null}
        {step === 'out_of_hours' ? (
          <HelpOutOfHours nextOpening={data.nextOpening} crisisContacts={data.crisisContacts} onContinue={() => setStep('form')} />
        ) : (
          <form noValidate onSubmit={onSubmit}>
            {worry ? (
              <Radios
                name="worryAbout"
                legend="Who are you worried about?"
                value={worryAbout}
                onChange={setWorryAbout}
                error={errors.worryAbout}
                options={[
                  { value: 'parent', label: parentName },
                  { value: 'children', label: 'The children' },
                ]}
              />
            ) : null}
            <TextArea
              id="words"
              label={worry ? 'What is worrying you?' : 'What is happening?'}
              labelClass="govuk-label--m"
              hint="In your own words. Write as much or as little as you like."
              rows={6}
              value={words}
              onValueChange={setWords}
              error={errors.words}
            />
            <Radios
              name="urgency"
              legend="How soon would you like to hear back?"
              value={urgency}
              onChange={setUrgency}
              error={errors.urgency}
              options={HELP_URGENCIES.map((u) => ({ value: u, label: HELP_URGENCY_WORDS[u] }))}
            />
            <Checkboxes
              name="contactWays"
              legend="How would you like to be contacted?"
              hint="Choose any that suit you."
              groups={[{ options: CONTACT_WAYS.map((w) => ({ value: w, label: CONTACT_WAY_WORDS[w] })) }]}
              values={contactWays}
              onChange={setContactWays}
              error={errors.contactWays}
              small
            />
            <TextField
              id="contactTime"
              label="A time that suits you (optional)"
              hint="For example, after the school run, or any evening after 6."
              value={contactTime}
              onValueChange={setContactTime}
              error={errors.contactTime}
            />
            <p className="govuk-body">
              This goes to {joinNames(data.goesTo)}.{' '}
              {data.canChooseWho ? (
                <Link to="/my-family/help/who" className="govuk-link">
                  Choose who hears from you
                </Link>
              ) : null}
            </p>
            <Button busy={send.isPending}>{worry ? 'Send my worry' : 'Send my request'}</Button>
          </form>
        )}
        <HelpRequestsList requests={data.requests} heading={worry ? 'Your worries' : 'Your requests'} />
      </div>
    </div>
  );
}
