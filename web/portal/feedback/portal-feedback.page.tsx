// "Tell us what you think" (issue 18 §1): a request's three questions on Umbrella's own scale (each optional), the
// person's own words, and who sees it (chosen, never pre-selected); below, feedback about anything at any time. Saying
// nothing is always fine and changes nothing. After sending, a thank-you.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { MyFeedback, PortalFeedback, PortalFeedbackAsk } from '../../../shared/contracts/feedback.ts';
import { FEEDBACK_QUESTIONS, FEEDBACK_SCALE, type FeedbackQuestion, type FeedbackShownAs } from '../../../shared/domain/learning.ts';
import { isApiError } from '../../api/client.ts';
import { type Translate, useLaterMessages, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { askQuestion } from './feedback-asks.section.tsx';
import { answerAsk, giveFeedback, myFeedback, portalFeedbackQueryKey, skipAsk } from './portal-feedback.api.ts';
import { portalFeedback as m } from './portal-feedback.messages.ts';

const QUESTION_WORDS = { listened: m.q_listened, next_steps_clear: m.q_next_steps_clear, useful: m.q_useful } as const;
const SCALE_WORDS = { 1: m.scale_1, 2: m.scale_2, 3: m.scale_3, 4: m.scale_4 } as const;
const FIELD = { listened: 'listened', next_steps_clear: 'nextStepsClear', useful: 'useful' } as const;
type Scores = Record<FeedbackQuestion, string>;
const NO_SCORES: Scores = { listened: '', next_steps_clear: '', useful: '' };

/** A chosen answer as the contract takes it: "rather not say" and no choice are both left out. */
const scoreOf = (v: string) => (v === '' || v === 'none' ? undefined : Number(v));
const answersOf = (scores: Scores, words: string) => ({
  listened: scoreOf(scores.listened),
  nextStepsClear: scoreOf(scores.next_steps_clear),
  useful: scoreOf(scores.useful),
  words: words.trim() || undefined,
});
const anythingIn = (a: ReturnType<typeof answersOf>) => Object.values(a).some((v) => v !== undefined);

export function GiveFeedbackPage() {
  const t = useT();
  useLaterMessages();
  usePageTitle(t(m.title));
  const search = useSearch({ strict: false }) as { ask?: string };
  const data = useQuery({ queryKey: portalFeedbackQueryKey, queryFn: ({ signal }) => myFeedback(signal) });
  const [thanked, setThanked] = useState(false);
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  const ask = data.data.asks.find((a) => a.id === search.ask) ?? data.data.asks[0];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {thanked ? (
          <div className="govuk-panel govuk-panel--confirmation" role="status">
            <h1 className="govuk-panel__title">{t(m.thankYou)}</h1>
            <div className="govuk-panel__body">{t(m.thankYouBody)}</div>
          </div>
        ) : (
          <h1 className="govuk-heading-l">{t(m.title)}</h1>
        )}
        <p className="govuk-body">{t(m.intro)}</p>
        {ask ? <AskForm key={ask.id} ask={ask} onSent={() => setThanked(true)} /> : null}
        <AnythingForm onSent={() => setThanked(true)} />
        <Given given={data.data.given} />
      </div>
    </div>
  );
}

function ScoreQuestions({
  t,
  scores,
  onChange,
  errors,
}: {
  t: Translate;
  scores: Scores;
  onChange: (s: Scores) => void;
  errors: FieldErrors;
}) {
  return (
    <>
      {FEEDBACK_QUESTIONS.map((q) => (
        <Radios
          key={q}
          name={FIELD[q]}
          legend={t(QUESTION_WORDS[q])}
          options={[
            ...FEEDBACK_SCALE.map((s) => ({ value: String(s), label: t(SCALE_WORDS[s]) })),
            { value: 'none', label: t(m.rather_not) },
          ]}
          value={scores[q]}
          onChange={(v) => onChange({ ...scores, [q]: v })}
          error={errors[FIELD[q]]}
          small
        />
      ))}
    </>
  );
}

function AskForm({ ask, onSent }: { ask: PortalFeedbackAsk; onSent: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<Scores>(NO_SCORES);
  const [words, setWords] = useState('');
  const [shownAs, setShownAs] = useState<FeedbackShownAs | ''>('');
  const [key] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const done = () => queryClient.invalidateQueries({ queryKey: portalFeedbackQueryKey });
  const send = useMutation({
    mutationFn: () => answerAsk(ask.id, { ...answersOf(scores, words), shownAs: shownAs as FeedbackShownAs }, key),
    onSuccess: async () => {
      onSent();
      await done();
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'words'));
    },
  });
  const skip = useMutation({ mutationFn: () => skipAsk(ask.id), onSettled: done });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!anythingIn(answersOf(scores, words))) found.words = t(m.answerSomething);
    if (!shownAs) found.shownAs = t(m.chooseWhoSees);
    setErrors(found);
    if (Object.keys(found).length === 0) send.mutate();
  };
  const name = ask.workerName;
  return (
    <form noValidate onSubmit={onSubmit} className="umb-panel govuk-!-margin-bottom-6">
      <ErrorSummary errors={toFormErrors(errors, ['listened', 'nextStepsClear', 'useful', 'words', 'shownAs'])} />
      <h2 className="govuk-heading-m">{askQuestion(t, ask)}</h2>
      <p className="govuk-hint">{t(m.eachOptional)}</p>
      <ScoreQuestions t={t} scores={scores} onChange={setScores} errors={errors} />
      <TextArea id="words" label={t(m.words)} rows={4} value={words} onValueChange={setWords} error={errors.words} />
      <Radios
        name="shownAs"
        legend={t(m.whoSees)}
        options={[
          { value: 'named', label: name ? t(m.named, { name }) : t(m.namedNoName) },
          { value: 'team_only', label: name ? t(m.teamOnly, { name }) : t(m.teamOnlyNoName) },
        ]}
        value={shownAs}
        onChange={setShownAs}
        error={errors.shownAs}
      />
      <div className="govuk-button-group">
        <Button busy={send.isPending}>{t(m.send)}</Button>
        <Button secondary type="button" busy={skip.isPending} onClick={() => skip.mutate()}>
          {t(m.notNow)}
        </Button>
      </div>
    </form>
  );
}

function AnythingForm({ onSent }: { onSent: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<Scores>(NO_SCORES);
  const [words, setWords] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => giveFeedback(answersOf(scores, words), key),
    onSuccess: async () => {
      setScores(NO_SCORES);
      setWords('');
      setKey(crypto.randomUUID());
      onSent();
      await queryClient.invalidateQueries({ queryKey: portalFeedbackQueryKey });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      setErrors(fieldErrorsFromFailure(error, 'anything-words'));
      setFailed(isApiError(error) ? error.message : t(m.notSent));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(null);
    if (!anythingIn(answersOf(scores, words))) return setErrors({ 'anything-words': t(m.writeSomething) });
    setErrors({});
    send.mutate();
  };
  return (
    <form noValidate onSubmit={onSubmit} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">{t(m.anythingTitle)}</h2>
      <p className="govuk-body">{t(m.anythingHint)}</p>
      {failed ? (
        <p className="govuk-error-message" role="alert">
          <ErrorText text={failed} />
        </p>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t(m.eachOptional)}</span>
        </summary>
        <div className="govuk-details__text">
          <ScoreQuestions t={t} scores={scores} onChange={setScores} errors={{}} />
        </div>
      </details>
      <TextArea id="anything-words" label={t(m.words)} rows={4} value={words} onValueChange={setWords} error={errors['anything-words']} />
      <Button secondary busy={send.isPending}>
        {t(m.send)}
      </Button>
    </form>
  );
}

function Given({ given }: { given: PortalFeedback['given'] }) {
  const t = useT();
  if (given.length === 0) return null;
  const line = (f: MyFeedback) =>
    FEEDBACK_QUESTIONS.flatMap((q) => {
      const score = f[FIELD[q]];
      return score === null ? [] : [`${t(QUESTION_WORDS[q])} ${t(SCALE_WORDS[score as 1 | 2 | 3 | 4])}`];
    });
  return (
    <>
      <h2 className="govuk-heading-m">{t(m.yourFeedback)}</h2>
      <ul className="govuk-list">
        {given.map((f) => (
          <li key={f.id} className="umb-panel govuk-!-margin-bottom-3">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {formatDate(f.givenAt)} · {f.workerName ? t(m.aboutWorker, { name: f.workerName }) : t(m.aboutAnything)} ·{' '}
              {t(f.shownAs === 'named' ? m.givenNamed : m.givenTeamOnly)}
            </p>
            {line(f).map((l) => (
              <p key={l} className="govuk-body govuk-!-margin-bottom-1">
                {l}
              </p>
            ))}
            {f.words ? <Written lang={f.writtenIn}>{f.words}</Written> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
