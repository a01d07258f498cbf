// "How are things?": the parent's own check-in on her 0–10 scale, who sees it, her chart over time, and how often she
// would like to be asked (issue 14 §1). A low number offers her help, here, to her; it tells nobody by itself.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { CheckInSaved } from '../../shared/contracts/check-ins.ts';
import {
  CHECK_IN_PROMISE,
  CHECK_IN_QUESTION,
  CHECK_IN_RHYTHM_WORDS,
  CHECK_IN_RHYTHMS,
  type CheckInRhythm,
} from '../../shared/domain/check-ins.ts';
import { isApiError } from '../api/client.ts';
import { Button } from '../ui/button.tsx';
import { CheckInsChart } from '../ui/check-ins-chart.tsx';
import { Checkboxes } from '../ui/checkboxes.tsx';
import { conflictCurrent } from '../ui/conflict.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { TextField } from '../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../ui/form-errors.ts';
import { Loading } from '../ui/loading.tsx';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { Radios } from '../ui/radios.tsx';
import { TextArea } from '../ui/textarea.tsx';
import { checkInsQueryKey, type MyCheckIns, myCheckIns, saveCheckIn, saveCheckInSettings } from './check-ins.api.ts';

const SCORES = Array.from({ length: 11 }, (_, i) => String(i));
const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

export function CheckInsPage() {
  const data = useQuery({ queryKey: checkInsQueryKey, queryFn: ({ signal }) => myCheckIns(signal) });
  usePageTitle(CHECK_IN_QUESTION);
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        <CheckInForm data={data.data} />
        <h2 className="govuk-heading-m">Your check-ins</h2>
        <CheckInsChart checkIns={data.data.checkIns} lowWords={data.data.settings.lowWords} highWords={data.data.settings.highWords} />
        <SettingsForm data={data.data} />
      </div>
    </div>
  );
}

function CheckInForm({ data }: { data: MyCheckIns }) {
  const queryClient = useQueryClient();
  const [score, setScore] = useState('');
  const [words, setWords] = useState('');
  const [shareWith, setShareWith] = useState<string[]>(data.settings.shareWithStaffIds);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<z.infer<typeof CheckInSaved> | null>(null);
  const save = useMutation({
    mutationFn: () => saveCheckIn({ score: Number(score), words: words.trim() || undefined, shareWithStaffIds: shareWith }, key),
    onSuccess: async (result) => {
      setSaved(result);
      setScore('');
      setWords('');
      setKey(crypto.randomUUID());
      await queryClient.invalidateQueries({ queryKey: checkInsQueryKey });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'score'));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (score === '') return setErrors({ score: 'Choose a number from 0 to 10' });
    setErrors({});
    setSaved(null);
    save.mutate();
  };
  const { lowWords, highWords } = data.settings;
  return (
    <>
      {saved ? (
        saved.suggestHelp ? (
          <div className="govuk-panel umb-help-offer" role="status">
            <h2 className="govuk-heading-m">Thank you for telling us. That sounds hard.</h2>
            <p className="govuk-body">
              Would you like to ask for help? You choose who hears from you, and asking is never held against you.
            </p>
            <p className="govuk-body">
              <Link to="/my-family/help" className="govuk-button govuk-!-margin-bottom-0">
                Ask for help
              </Link>
            </p>
            <p className="govuk-body-s">Nobody has been told because of your number. Only the people you chose can see it.</p>
          </div>
        ) : (
          <NotificationBanner success heading="Thank you. Your check-in is saved." />
        )
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['score', 'words', 'shareWithStaffIds'])} />
      <h1 className="govuk-heading-l">{CHECK_IN_QUESTION}</h1>
      <p className="govuk-body">{CHECK_IN_PROMISE}</p>
      <form noValidate onSubmit={onSubmit}>
        <Radios
          name="score"
          legend="Choose a number from 0 to 10"
          hint={`0 means: ${lowWords}. 10 means: ${highWords}.`}
          options={SCORES.map((s) => ({ value: s, label: s }))}
          value={score}
          onChange={setScore}
          error={errors.score}
          small
          inline
        />
        <TextArea
          id="words"
          label="Anything you want to say (you can leave this empty)"
          rows={3}
          value={words}
          onValueChange={setWords}
          error={errors.words}
        />
        {data.people.length > 0 ? (
          <Checkboxes
            name="shareWithStaffIds"
            legend="Who can see this check-in?"
            hint="If you choose nobody, only you will see it."
            groups={[{ options: data.people.map((p) => ({ value: p.staffId, label: p.name, hint: p.role })) }]}
            values={shareWith}
            onChange={setShareWith}
            error={errors.shareWithStaffIds}
            small
          />
        ) : null}
        <Button busy={save.isPending}>Save my check-in</Button>
      </form>
    </>
  );
}

function SettingsForm({ data }: { data: MyCheckIns }) {
  const queryClient = useQueryClient();
  const [rhythm, setRhythm] = useState<CheckInRhythm>(data.settings.rhythm);
  const [lowWords, setLowWords] = useState(data.settings.lowWords);
  const [highWords, setHighWords] = useState(data.settings.highWords);
  const [shareWith, setShareWith] = useState<string[]>(data.settings.shareWithStaffIds);
  const [version, setVersion] = useState(data.settings.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => saveCheckInSettings({ rhythm, lowWords, highWords, shareWithStaffIds: shareWith, version }),
    onSuccess: (result) => {
      setVersion(result.settings.version);
      setMessage('Your choices are saved.');
      queryClient.setQueryData(checkInsQueryKey, result);
    },
    onError: (error) => {
      const current = conflictCurrent<MyCheckIns>(error);
      if (current) {
        setRhythm(current.settings.rhythm);
        setLowWords(current.settings.lowWords);
        setHighWords(current.settings.highWords);
        setShareWith(current.settings.shareWithStaffIds);
        setVersion(current.settings.version);
        setErrors({ rhythm: 'These were changed somewhere else. Here they are now: check them and save again.' });
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'rhythm'));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    save.mutate();
  };
  return (
    <form noValidate onSubmit={onSubmit} className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m">Your choices</h2>
      {message ? (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {message}
        </p>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['rhythm', 'lowWords', 'highWords', 'shareWithStaffIds'])} />
      <Radios
        name="rhythm"
        legend="How often would you like us to ask how things are?"
        hint={data.settings.nextDueOn ? `Next time: ${longDate(data.settings.nextDueOn)}.` : 'We will only ask if you choose a time.'}
        options={CHECK_IN_RHYTHMS.map((r) => ({ value: r, label: CHECK_IN_RHYTHM_WORDS[r] }))}
        value={rhythm}
        onChange={setRhythm}
        error={errors.rhythm}
        small
      />
      <TextField id="lowWords" label="Your words for 0" value={lowWords} onValueChange={setLowWords} error={errors.lowWords} />
      <TextField id="highWords" label="Your words for 10" value={highWords} onValueChange={setHighWords} error={errors.highWords} />
      {data.people.length > 0 ? (
        <Checkboxes
          name="settings-share"
          legend="Who sees your check-ins, unless you choose differently on one"
          groups={[{ options: data.people.map((p) => ({ value: p.staffId, label: p.name, hint: p.role })) }]}
          values={shareWith}
          onChange={setShareWith}
          error={errors.shareWithStaffIds}
          small
        />
      ) : null}
      <Button secondary busy={save.isPending}>
        Save my choices
      </Button>
    </form>
  );
}
