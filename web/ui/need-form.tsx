// The form that writes down a need in someone's own words (issue 15 §1), for the family on their phone and for a
// worker writing it with them. What is typed is kept in this browser until it is saved (useLocalDraft). A worker's
// words are checked for words the family should not read about themselves (`words`, from features/words); the family's
// own words never are, and the portal never loads the check.
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { NewNeedRequest } from '../../shared/contracts/needs.ts';
import { NEED_DOMAIN_KEYS, NEED_IMPORTANCE_KEYS } from '../../shared/domain/needs.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from './button.tsx';
import { ErrorSummary, type FormError } from './error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from './form-errors.ts';
import { useLocalDraft } from './local-draft.ts';
import { needForms as m } from './need-forms.messages.ts';
import { IMPORTANCE_WORDS, NEED_DOMAIN_WORDS, RAISED_BY_WORDS } from './needs-words.ts';
import { Radios } from './radios.tsx';
import { Select } from './select.tsx';
import { TextArea } from './textarea.tsx';

export type NeedFormPerson = { personId: string; name: string };
type Body = z.input<typeof NewNeedRequest>;

/**
 * The respectful-language check on a worker's form (features/words/keep-as-written.tsx#useWordsSlot), given in by the
 * professional page. Each call takes the words the family will read as they are now.
 */
export type WordsCheckSlot = {
  /** At submit: false stops the save (a ticked "Keep as written" without its reason). */
  prepare: (texts: readonly string[]) => boolean;
  /** The request's `keepAsWritten`. */
  body: (texts: readonly string[]) => { reason: string } | undefined;
  /** True when the failure was the server asking about the words: shown by the slot, not as a field error. */
  refused: (error: unknown, texts: readonly string[]) => boolean;
  /** After a successful save. */
  reset: () => void;
  /** Error-summary lines naming each finding; they go before the form's own. */
  summary: FormError[];
  /** The words to change in one field, under it. */
  inline: (inputId: string) => string | undefined;
  /** The live panel and "Keep as written", placed below the words. */
  render: (texts: readonly string[], panelId: string) => ReactNode;
};

const FIELDS = ['personId', 'domain', 'words', 'importance', 'supportWanted', 'raisedBy'] as const;

export function NeedForm({
  accountId,
  draftName,
  people,
  forWorker,
  submitLabel,
  onSave,
  words,
}: {
  accountId: string;
  /** Which draft this is in the browser ("portal-need", "need-<familyId>"). */
  draftName: string;
  people: NeedFormPerson[];
  forWorker: boolean;
  submitLabel: string;
  /** Sends the need; the idempotency key stays the same for a retry of the same words. */
  onSave: (body: Body, idempotencyKey: string) => Promise<unknown>;
  /** A worker's form only: the respectful-language check. */
  words?: WordsCheckSlot;
}) {
  const t = useT();
  const initial = useMemo(
    () => ({
      personId: people.length === 1 ? (people[0]?.personId ?? '') : '',
      domain: '',
      words: '',
      importance: '',
      supportWanted: '',
      raisedBy: 'person',
    }),
    [people],
  );
  const draft = useLocalDraft(accountId, draftName, initial);
  const v = draft.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [sentFor, setSentFor] = useState('');
  const checked = [v.words, v.supportWanted];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!v.personId) missing.personId = t(m.chooseWho);
    if (!v.domain) missing.domain = t(m.chooseWhat);
    if (!v.words.trim()) missing.words = t(m.writeWhatIsNeeded);
    if (!v.importance) missing.importance = t(m.chooseHowMuch);
    setErrors(missing);
    const reasonGiven = words ? words.prepare(checked) : true;
    if (Object.keys(missing).length > 0 || !reasonGiven) return;
    const body = {
      personId: v.personId,
      domain: v.domain as Body['domain'],
      words: v.words,
      importance: v.importance as Body['importance'],
      supportWanted: v.supportWanted.trim() || null,
      ...(forWorker ? { raisedBy: v.raisedBy as Body['raisedBy'] } : {}),
      ...(words ? { keepAsWritten: words.body(checked) } : {}),
    };
    // A retry of exactly the same words reuses its key, so it never makes two needs; changed words get a new key.
    const fingerprint = JSON.stringify(body);
    const useKey = fingerprint === sentFor ? key : crypto.randomUUID();
    setKey(useKey);
    setSentFor(fingerprint);
    setBusy(true);
    try {
      await onSave(body, useKey);
      draft.clear();
      setSentFor('');
      words?.reset();
    } catch (error) {
      // Words to check: named by the slot; the draft stays as it is.
      if (words?.refused(error, checked)) return;
      setErrors(fieldErrorsFromFailure(error, 'words'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} data-testid="need-form">
      <ErrorSummary errors={[...(words?.summary ?? []), ...toFormErrors(errors, FIELDS)]} />
      {people.length > 1 ? (
        <Radios
          name="personId"
          legend={t(m.whoFor)}
          options={people.map((p) => ({ value: p.personId, label: p.name }))}
          value={v.personId}
          onChange={(value) => draft.set('personId', value)}
          error={errors.personId}
          small
        />
      ) : null}
      <Select
        id="domain"
        label={t(m.whatAbout)}
        hint={t(m.whatAboutHint)}
        options={NEED_DOMAIN_KEYS.map((d) => ({ value: d, label: t(NEED_DOMAIN_WORDS[d]) }))}
        placeholder={t(m.chooseOne)}
        value={v.domain}
        onValueChange={(value) => draft.set('domain', value)}
        error={errors.domain}
      />
      <TextArea
        id="words"
        label={forWorker ? t(m.wordsForWorker) : t(m.wordsForFamily)}
        hint={forWorker ? t(m.wordsForWorkerHint) : undefined}
        rows={3}
        value={v.words}
        onValueChange={(value) => draft.set('words', value)}
        error={errors.words ?? words?.inline('words')}
        extraDescribedBy={words ? 'need-words-check' : undefined}
      />
      <Radios
        name="importance"
        legend={t(m.howMuch)}
        options={NEED_IMPORTANCE_KEYS.map((k) => ({ value: k, label: t(IMPORTANCE_WORDS[k]) }))}
        value={v.importance as Body['importance'] | ''}
        onChange={(value) => draft.set('importance', value)}
        error={errors.importance}
        small
        inline
      />
      <TextArea
        id="supportWanted"
        label={t(m.supportWanted)}
        rows={2}
        value={v.supportWanted}
        onValueChange={(value) => draft.set('supportWanted', value)}
        error={errors.supportWanted ?? words?.inline('supportWanted')}
        extraDescribedBy={words ? 'need-words-check' : undefined}
      />
      {words?.render(checked, 'need-words-check')}
      {forWorker ? (
        <Radios
          name="raisedBy"
          legend={t(m.whoRaised)}
          options={(['person', 'worker', 'network_member'] as const).map((k) => ({ value: k, label: t(RAISED_BY_WORDS[k]) }))}
          value={v.raisedBy as NonNullable<Body['raisedBy']>}
          onChange={(value) => draft.set('raisedBy', value)}
          error={errors.raisedBy}
          small
        />
      ) : null}
      <Button busy={busy}>{submitLabel}</Button>
    </form>
  );
}
