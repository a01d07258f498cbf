// "Ask for help" (issue 14 §1): a family member says what is happening in their own words, how soon and how they would
// like to be contacted; a trusted person or the other parent raises a worry. Out of hours, who can help now comes first.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { CONTACT_WAYS, type ContactWay, HELP_URGENCIES, type HelpUrgency, type WorryAbout } from '../../../shared/domain/help.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { namesInLanguage } from '../family-names.ts';
import type { PortalMe } from '../portal.types.ts';
import { type HelpRequestInput, helpQuery, sendHelpRequest } from './help.api.ts';
import { helpPage as m } from './help.messages.ts';
import { HelpOutOfHours } from './help-out-of-hours.view.tsx';
import { HelpRequestsList } from './help-requests.list.tsx';
import { helpWords } from './help-words.messages.ts';
import { CONTACT_WAY_WORDS, URGENCY_WORDS } from './help-words.ts';

const FIELDS = ['worryAbout', 'words', 'urgency', 'contactWays', 'contactTime'];

export function HelpPage({ me }: { me: PortalMe }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(helpQuery);
  const worry = data.kind === 'worry';
  const parentName = data.parentName ?? t(m.theParent);
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
  const title = worry ? t(m.raiseWorry) : t(m.askForHelp);
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
    if (worry && !worryAbout) problems.worryAbout = t(m.chooseWhoAbout);
    if (!words.trim()) problems.words = t(m.writeWhatIsHappening);
    if (!urgency) problems.urgency = t(m.chooseHowSoon);
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
          {t(m.back)}
        </Link>
        {sentTo ? (
          <NotificationBanner success heading={t(m.thankYou, { count: sentTo.length, names: namesInLanguage(t, sentTo) })}>
            <p className="govuk-body">{t(m.seeBelow)}</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={toFormErrors(errors, FIELDS)} />
        <h1 className="govuk-heading-l">{title}</h1>
        {worry ? (
          <p className="govuk-body">{t(helpWords.worryExplained, { name: parentName })}</p>
        ) : (
          <p className="govuk-body-l">{t(helpWords.promise)}</p>
        )}
        {me.kind === 'young_person' ? <p className="govuk-body">{t(helpWords.youngPersonPrivacy)}</p> : null}
        {step === 'out_of_hours' ? (
          <HelpOutOfHours
            nextOpening={data.nextOpening}
            crisisContacts={data.crisisContacts}
            crisisContactsWrittenIn={data.crisisContactsWrittenIn}
            onContinue={() => setStep('form')}
          />
        ) : (
          <form noValidate onSubmit={onSubmit}>
            {worry ? (
              <Radios
                name="worryAbout"
                legend={t(m.whoWorriedAbout)}
                value={worryAbout}
                onChange={setWorryAbout}
                error={errors.worryAbout}
                options={[
                  { value: 'parent', label: parentName },
                  { value: 'children', label: t(m.theChildren) },
                ]}
              />
            ) : null}
            <TextArea
              id="words"
              label={worry ? t(m.whatIsWorrying) : t(m.whatIsHappening)}
              labelClass="govuk-label--m"
              hint={t(m.wordsHint)}
              rows={6}
              value={words}
              onValueChange={setWords}
              error={errors.words}
            />
            <Radios
              name="urgency"
              legend={t(m.howSoon)}
              value={urgency}
              onChange={setUrgency}
              error={errors.urgency}
              options={HELP_URGENCIES.map((u) => ({ value: u, label: t(URGENCY_WORDS[u]) }))}
            />
            <Checkboxes
              name="contactWays"
              legend={t(m.howContacted)}
              hint={t(m.chooseAny)}
              groups={[{ options: CONTACT_WAYS.map((w) => ({ value: w, label: t(CONTACT_WAY_WORDS[w]) })) }]}
              values={contactWays}
              onChange={setContactWays}
              error={errors.contactWays}
              small
            />
            <TextField
              id="contactTime"
              label={t(m.aTime)}
              hint={t(m.aTimeHint)}
              value={contactTime}
              onValueChange={setContactTime}
              error={errors.contactTime}
            />
            <p className="govuk-body">
              {t(m.goesTo, { names: namesInLanguage(t, data.goesTo) })}{' '}
              {data.canChooseWho ? (
                <Link to="/my-family/help/who" className="govuk-link">
                  {t(m.chooseWhoHears)}
                </Link>
              ) : null}
            </p>
            <Button busy={send.isPending}>{worry ? t(m.sendWorry) : t(m.sendRequest)}</Button>
          </form>
        )}
        <HelpRequestsList requests={data.requests} heading={worry ? t(m.yourWorries) : t(m.yourRequests)} />
      </div>
    </div>
  );
}
