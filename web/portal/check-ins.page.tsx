// "How are things?": the parent's own check-in on her 0–10 scale, who sees it, her chart over time, and how often she
// would like to be asked (issue 14 §1). A low number offers her help, here, to her; it tells nobody by itself.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { CheckInSaved } from '../../shared/contracts/check-ins.ts';
import { CHECK_IN_RHYTHMS, type CheckInRhythm, DEFAULT_SCALE_WORDS } from '../../shared/domain/check-ins.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { isApiError } from '../api/client.ts';
import { type Locale, type Translate, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { CheckInsChart, scaleText, scaleWords } from '../ui/check-ins-chart.tsx';
import { Checkboxes } from '../ui/checkboxes.tsx';
import { conflictCurrent } from '../ui/conflict.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { TextField } from '../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../ui/form-errors.ts';
import { INTL_LOCALE } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { Radios } from '../ui/radios.tsx';
import { TextArea } from '../ui/textarea.tsx';
import { checkInsQueryKey, type MyCheckIns, myCheckIns, saveCheckIn, saveCheckInSettings } from './check-ins.api.ts';
import { sharingCheckIns as m } from './check-ins.messages.ts';
import { myFamily } from './my-family.messages.ts';

const SCORES = Array.from({ length: 11 }, (_, i) => String(i));
const RHYTHM_WORDS = { weekly: m.rhythm_weekly, fortnightly: m.rhythm_fortnightly, off: m.rhythm_off } satisfies Record<
  CheckInRhythm,
  Message
>;
/** Her care team to choose from: each by name, with their role on the team in the language shown. */
const peopleOptions = (t: Translate, people: MyCheckIns['people']) =>
  people.map((p) => ({ value: p.staffId, label: p.name, hint: t(myFamily[`role_${p.teamRole}`]) }));

/** "Tuesday 8 December", in the language shown. */
const longDate = (day: string, locale: Locale) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long' });

export function CheckInsPage() {
  const t = useT();
  const data = useQuery({ queryKey: checkInsQueryKey, queryFn: ({ signal }) => myCheckIns(signal) });
  usePageTitle(t(m.question));
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          {t(m.back)}
        </Link>
        <CheckInForm data={data.data} />
        <h2 className="govuk-heading-m">{t(m.yourCheckIns)}</h2>
        <CheckInsChart checkIns={data.data.checkIns} scale={data.data.settings} />
        <SettingsForm data={data.data} />
      </div>
    </div>
  );
}

function CheckInForm({ data }: { data: MyCheckIns }) {
  const t = useT();
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
    if (score === '') return setErrors({ score: t(m.chooseNumber) });
    setErrors({});
    setSaved(null);
    save.mutate();
  };
  return (
    <>
      {saved ? (
        saved.suggestHelp ? (
          <div className="govuk-panel umb-help-offer" role="status">
            <h2 className="govuk-heading-m">{t(m.thankYouHard)}</h2>
            <p className="govuk-body">{t(m.askForHelpQuestion)}</p>
            <p className="govuk-body">
              <Link to="/my-family/help" className="govuk-button govuk-!-margin-bottom-0">
                {t(m.askForHelp)}
              </Link>
            </p>
            <p className="govuk-body-s">{t(m.nobodyTold)}</p>
          </div>
        ) : (
          <NotificationBanner success heading={t(m.saved)} />
        )
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['score', 'words', 'shareWithStaffIds'])} />
      <h1 className="govuk-heading-l">{t(m.question)}</h1>
      <p className="govuk-body">{t(m.promise)}</p>
      <form noValidate onSubmit={onSubmit}>
        <Radios
          name="score"
          legend={t(m.chooseNumber)}
          hint={t.rich(m.scaleHint, scaleWords(t, data.settings))}
          options={SCORES.map((s) => ({ value: s, label: s }))}
          value={score}
          onChange={setScore}
          error={errors.score}
          small
          inline
        />
        <TextArea id="words" label={t(m.anythingToSay)} rows={3} value={words} onValueChange={setWords} error={errors.words} />
        {data.people.length > 0 ? (
          <Checkboxes
            name="shareWithStaffIds"
            legend={t(m.whoCanSee)}
            hint={t(m.whoCanSeeHint)}
            groups={[{ options: peopleOptions(t, data.people) }]}
            values={shareWith}
            onChange={setShareWith}
            error={errors.shareWithStaffIds}
            small
          />
        ) : null}
        <Button busy={save.isPending}>{t(m.save)}</Button>
      </form>
    </>
  );
}

function SettingsForm({ data }: { data: MyCheckIns }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [rhythm, setRhythm] = useState<CheckInRhythm>(data.settings.rhythm);
  // The words the scale starts with are shown in the page's language; left as they are, they stay the defaults.
  const startWords = scaleText(t, data.settings);
  const [lowWords, setLowWords] = useState(startWords.low);
  const [highWords, setHighWords] = useState(startWords.high);
  const [shareWith, setShareWith] = useState<string[]>(data.settings.shareWithStaffIds);
  const [version, setVersion] = useState(data.settings.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const defaults = scaleText(t, { ...data.settings, lowIsDefault: true, highIsDefault: true });
      return saveCheckInSettings({
        rhythm,
        lowWords: lowWords.trim() === defaults.low ? DEFAULT_SCALE_WORDS.low : lowWords,
        highWords: highWords.trim() === defaults.high ? DEFAULT_SCALE_WORDS.high : highWords,
        shareWithStaffIds: shareWith,
        version,
      });
    },
    onSuccess: (result) => {
      setVersion(result.settings.version);
      setMessage(t(m.choicesSaved));
      queryClient.setQueryData(checkInsQueryKey, result);
    },
    onError: (error) => {
      const current = conflictCurrent<MyCheckIns>(error);
      if (current) {
        setRhythm(current.settings.rhythm);
        const now = scaleText(t, current.settings);
        setLowWords(now.low);
        setHighWords(now.high);
        setShareWith(current.settings.shareWithStaffIds);
        setVersion(current.settings.version);
        setErrors({ rhythm: t(m.changedElsewhere) });
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
      <h2 className="govuk-heading-m">{t(m.yourChoices)}</h2>
      {message ? (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {message}
        </p>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['rhythm', 'lowWords', 'highWords', 'shareWithStaffIds'])} />
      <Radios
        name="rhythm"
        legend={t(m.howOften)}
        hint={data.settings.nextDueOn ? t(m.nextTime, { date: longDate(data.settings.nextDueOn, t.locale) }) : t(m.onlyIfYouChoose)}
        options={CHECK_IN_RHYTHMS.map((r) => ({ value: r, label: t(RHYTHM_WORDS[r]) }))}
        value={rhythm}
        onChange={setRhythm}
        error={errors.rhythm}
        small
      />
      <TextField id="lowWords" label={t(m.wordsFor0)} value={lowWords} onValueChange={setLowWords} error={errors.lowWords} />
      <TextField id="highWords" label={t(m.wordsFor10)} value={highWords} onValueChange={setHighWords} error={errors.highWords} />
      {data.people.length > 0 ? (
        <Checkboxes
          name="settings-share"
          legend={t(m.whoSees)}
          groups={[{ options: peopleOptions(t, data.people) }]}
          values={shareWith}
          onChange={setShareWith}
          error={errors.shareWithStaffIds}
          small
        />
      ) : null}
      <Button secondary busy={save.isPending}>
        {t(m.saveChoices)}
      </Button>
    </form>
  );
}
