// Practical barriers, recorded once per person (issue 15 §1): childcare, travel, times, language, access, caring.
// Shown read-only wherever support or visits are arranged, in the words and language they were written in, and written
// here by the person or a worker with them. A worker's changed words are checked for words the family should not read
// about themselves (`words`, from features/words, issue 16 §1); the family's own words never are.
import { type FormEvent, useState } from 'react';
import type { Barriers } from '../../shared/contracts/needs.ts';
import { BARRIER_FIELD_KEY, BARRIER_FIELDS } from '../../shared/domain/needs.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from './button.tsx';
import { conflictCurrent } from './conflict.ts';
import { ErrorSummary } from './error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from './form-errors.ts';
import type { WordsCheckSlot } from './need-form.tsx';
import { needForms as m } from './need-forms.messages.ts';
import { BARRIER_WORDS } from './needs-words.ts';
import { NotificationBanner } from './notification-banner.tsx';
import { SummaryList } from './summary-list.tsx';
import { TextArea } from './textarea.tsx';
import { Written } from './written.tsx';

type Field = (typeof BARRIER_FIELDS)[number];
const labelOf = (t: Translate, f: Field) => ({
  label: t(BARRIER_WORDS[BARRIER_FIELD_KEY[f]].label),
  hint: t(BARRIER_WORDS[BARRIER_FIELD_KEY[f]].hint),
});

/** What makes support hard to reach, as a list; nothing when nothing was said. */
export function BarriersList({ barriers, empty }: { barriers: Barriers; empty: string }) {
  const t = useT();
  const rows = BARRIER_FIELDS.filter((f) => barriers[f]).map((f) => ({
    key: labelOf(t, f).label,
    value: (
      <Written lang={barriers.writtenIn} as="span" note>
        {barriers[f]}
      </Written>
    ),
  }));
  if (rows.length === 0) return <p className="govuk-body">{empty}</p>;
  return <SummaryList rows={rows} />;
}

export function BarriersForm({
  idPrefix,
  barriers,
  onSave,
  words,
}: {
  idPrefix: string;
  barriers: Barriers;
  onSave: (body: Record<Field, string | null> & { version: number; keepAsWritten?: { reason: string } }) => Promise<Barriers>;
  /** A worker's form: the respectful-language check on the words this save changes. */
  words?: WordsCheckSlot;
}) {
  const t = useT();
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(BARRIER_FIELDS.map((f) => [f, barriers[f] ?? ''])) as Record<Field, string>,
  );
  const [version, setVersion] = useState(barriers.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = (f: Field) => `${idPrefix}-${f}`;
  // Only the words this save changes are the worker's to check: the person's own, left as they were, are not.
  const checked = BARRIER_FIELDS.filter((f) => values[f].trim() !== (barriers[f] ?? '')).map((f) => values[f]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (words && !words.prepare(checked)) return;
    setBusy(true);
    setSaved(false);
    setErrors({});
    try {
      const body = Object.fromEntries(BARRIER_FIELDS.map((f) => [f, values[f].trim() || null])) as Record<Field, string | null>;
      const kept = words?.body(checked);
      const result = await onSave({ ...body, version, ...(kept ? { keepAsWritten: kept } : {}) });
      setVersion(result.version);
      setSaved(true);
      words?.reset();
    } catch (error) {
      if (words?.refused(error, checked)) return;
      const current = conflictCurrent<Barriers>(error);
      if (current) {
        // Someone else saved meanwhile: keep these words on screen, take their version so saving again is a choice.
        setVersion(current.version);
        setErrors({ [id('childcare')]: t(m.barriersChanged) });
      } else {
        const fields = fieldErrorsFromFailure(error, id('childcare'));
        setErrors(
          Object.fromEntries(Object.entries(fields).map(([k, m]) => [BARRIER_FIELDS.includes(k as Field) ? id(k as Field) : k, m])),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      {saved ? <NotificationBanner success title={t(m.bannerTitle)} heading={t(m.barriersSaved)} /> : null}
      <ErrorSummary errors={[...(words?.summary ?? []), ...toFormErrors(errors, BARRIER_FIELDS.map(id))]} />
      {BARRIER_FIELDS.map((f) => (
        <TextArea
          key={f}
          id={id(f)}
          label={labelOf(t, f).label}
          hint={labelOf(t, f).hint}
          rows={2}
          value={values[f]}
          onValueChange={(value) => setValues((v) => ({ ...v, [f]: value }))}
          error={errors[id(f)] ?? words?.inline(id(f))}
          extraDescribedBy={words ? `${idPrefix}-words-check` : undefined}
        />
      ))}
      {words?.render(checked, `${idPrefix}-words-check`)}
      <Button busy={busy} secondary>
        {t(m.saveThese)}
      </Button>
    </form>
  );
}
