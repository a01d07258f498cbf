// Small forms beside a need (issue 15): "did it help?" in one tap, a referral's next step, "that's not right", and
// changing a need. Each sends through the callback it is given and shows the server's plain error by its field. On a
// worker's screen a referral's step and a changed need are checked for words the family should not read about
// themselves (`words`, from features/words); the family's own words never are.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { Need, Support } from '../../shared/contracts/needs.ts';
import {
  HELPED_KEYS,
  type Helped,
  NEED_IMPORTANCE_KEYS,
  NEED_STATUS_KEYS,
  type NeedImportance,
  type NeedStatus,
  REFERRAL_NEXT_STEPS,
  type ReferralStatus,
} from '../../shared/domain/needs.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from './button.tsx';
import { conflictCurrent } from './conflict.ts';
import { ErrorSummary } from './error-summary.tsx';
import { TextField } from './field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from './form-errors.ts';
import type { WordsCheckSlot } from './need-form.tsx';
import { needForms as m } from './need-forms.messages.ts';
import { HELPED_WORDS, IMPORTANCE_WORDS, NEED_STATUS_WORDS, REFERRAL_STATUS_WORDS } from './needs-words.ts';
import { Radios } from './radios.tsx';
import { TextArea } from './textarea.tsx';
import { todayIso } from './time.ts';

/** Runs a save, turning its failure into field errors (`fallback` takes a message with no field); words to check go to the slot. */
function useSave(fallback: string, words?: { slot: WordsCheckSlot | undefined; texts: readonly string[] }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, fieldIds: Record<string, string> = {}) => {
    setBusy(true);
    setErrors({});
    try {
      await work();
      words?.slot?.reset();
      return true;
    } catch (error) {
      if (words?.slot?.refused(error, words.texts)) return false;
      const fields = fieldErrorsFromFailure(error, fallback);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, m]) => [fieldIds[k] ?? k, m])));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, busy, run };
}

function Expander({
  summary,
  children,
  testId,
  open,
  onOpenChange,
}: {
  summary: string;
  children: ReactNode;
  testId?: string;
  /** Given, the expander closes when a save is done (the new state shows above it). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  return (
    <details
      className="govuk-details govuk-!-margin-bottom-2"
      data-testid={testId}
      open={open}
      onToggle={onOpenChange ? (event) => onOpenChange(event.currentTarget.open) : undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

/** "Is Northfield Money Advice helping?" while support goes on, "Did it help?" once it has ended. */
function helpedQuestion(t: Translate, ongoing: boolean, serviceName: string | null): string {
  if (ongoing) return serviceName ? t(m.isServiceHelping, { service: serviceName }) : t(m.isItHelping);
  return serviceName ? t(m.didServiceHelp, { service: serviceName }) : t(m.didThisHelp);
}

export function HelpedForm({ support, onSave }: { support: Support; onSave: (helped: Helped, words: string | null) => Promise<unknown> }) {
  const t = useT();
  const id = `helped-${support.id}`;
  const [helped, setHelped] = useState<Helped | ''>('');
  const [words, setWords] = useState('');
  const { errors, setErrors, busy, run } = useSave(id);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!helped) return setErrors({ [id]: t(m.chooseHelped) });
    await run(() => onSave(helped, words.trim() || null), { helped: id, words: `${id}-words` });
  };
  const ongoing = !support.receivedUntil;
  const form = (
    <form noValidate onSubmit={onSubmit} className="umb-helped-form" data-testid="helped-form">
      <ErrorSummary errors={toFormErrors(errors, [id, `${id}-words`])} />
      <Radios
        name={id}
        legend={helpedQuestion(t, ongoing, support.serviceName)}
        options={HELPED_KEYS.map((k) => ({ value: k, label: t(HELPED_WORDS[k]) }))}
        value={helped}
        onChange={setHelped}
        error={errors[id]}
        small
      />
      <TextArea id={`${id}-words`} label={t(m.anythingToSay)} rows={2} value={words} onValueChange={setWords} />
      <Button busy={busy} secondary>
        {t(m.saveMyAnswer)}
      </Button>
    </form>
  );
  // When support has ended she is asked outright; while it goes on, she can say so whenever she likes.
  return ongoing ? <Expander summary={t(m.sayWhetherHelping)}>{form}</Expander> : form;
}

type StepBody = {
  status: ReferralStatus;
  statusOn: string;
  reason: string | null;
  version: number;
  keepAsWritten?: { reason: string };
};

export function ReferralStepForm({
  support,
  onSave,
  words,
}: {
  support: Support;
  onSave: (body: StepBody) => Promise<unknown>;
  /** A worker's form only: the respectful-language check on the reason the family reads. */
  words?: WordsCheckSlot;
}) {
  const t = useT();
  const id = `step-${support.id}`;
  const next = support.referral ? REFERRAL_NEXT_STEPS[support.referral.status] : [];
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [statusOn, setStatusOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const checked = [reason];
  const { errors, setErrors, busy, run } = useSave(id, { slot: words, texts: checked });
  if (next.length === 0) return null;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!status) return setErrors({ [id]: t(m.chooseStep) });
    if (status === 'declined' && !reason.trim()) return setErrors({ [`${id}-reason`]: t(m.sayWhyDeclined) });
    if (words && !words.prepare(checked)) return;
    const kept = words ? { keepAsWritten: words.body(checked) } : {};
    const saved = await run(() => onSave({ status, statusOn, reason: reason.trim() || null, version: support.version, ...kept }), {
      status: id,
      statusOn: `${id}-on`,
      reason: `${id}-reason`,
    });
    if (!saved) return;
    setStatus('');
    setReason('');
    setOpen(false);
  };
  return (
    <Expander summary={t(m.updateReferral)} testId="referral-step" open={open} onOpenChange={setOpen}>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={[...(words?.summary ?? []), ...toFormErrors(errors, [id, `${id}-on`, `${id}-reason`])]} />
        <Radios
          name={id}
          legend={t(m.whereNow)}
          options={next.map((k) => ({ value: k, label: t(REFERRAL_STATUS_WORDS[k]) }))}
          value={status}
          onChange={setStatus}
          error={errors[id]}
          small
        />
        <TextField id={`${id}-on`} label={t(m.since)} type="date" value={statusOn} onValueChange={setStatusOn} error={errors[`${id}-on`]} />
        <TextArea
          id={`${id}-reason`}
          label={status === 'declined' ? t(m.whyDeclined) : t(m.anythingToAdd)}
          rows={2}
          value={reason}
          onValueChange={setReason}
          error={errors[`${id}-reason`] ?? words?.inline(`${id}-reason`)}
          extraDescribedBy={words ? `${id}-words` : undefined}
        />
        {words?.render(checked, `${id}-words`)}
        <Button busy={busy} secondary>
          {t(m.save)}
        </Button>
      </form>
    </Expander>
  );
}

export function NotRightForm({ need, onSave }: { need: Need; onSave: (words: string) => Promise<unknown> }) {
  const t = useT();
  const id = `not-right-${need.id}`;
  const [words, setWords] = useState('');
  const { errors, setErrors, busy, run } = useSave(id);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!words.trim()) return setErrors({ [id]: t(m.sayNotRight) });
    if (await run(() => onSave(words.trim()), { words: id })) setWords('');
  };
  return (
    <Expander summary={t(m.notRight)} testId="not-right">
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={toFormErrors(errors, [id])} />
        <TextArea
          id={id}
          label={t(m.whatNotRight)}
          hint={t(m.notRightHint)}
          rows={3}
          value={words}
          onValueChange={setWords}
          error={errors[id]}
        />
        <Button busy={busy} secondary>
          {t(m.send)}
        </Button>
      </form>
    </Expander>
  );
}

type EditBody = {
  domain: Need['domain'];
  words: string;
  importance: NeedImportance;
  supportWanted: string | null;
  status: NeedStatus;
  version: number;
  keepAsWritten?: { reason: string };
};

export function EditNeedForm({
  need,
  onSave,
  wordsCheck,
}: {
  need: Need;
  onSave: (body: EditBody) => Promise<unknown>;
  /** A worker's form only: the respectful-language check on the words the family reads. */
  wordsCheck?: WordsCheckSlot;
}) {
  const t = useT();
  const id = `edit-${need.id}`;
  const [words, setWords] = useState(need.words);
  const [importance, setImportance] = useState<NeedImportance>(need.importance);
  const [status, setStatus] = useState<NeedStatus>(need.status);
  const [version, setVersion] = useState(need.version);
  const checked = [words];
  const { errors, setErrors, busy, run } = useSave(`${id}-words`, { slot: wordsCheck, texts: checked });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!words.trim()) return setErrors({ [`${id}-words`]: t(m.writeWhatIsNeeded) });
    if (wordsCheck && !wordsCheck.prepare(checked)) return;
    const kept = wordsCheck ? { keepAsWritten: wordsCheck.body(checked) } : {};
    const ok = await run(
      () =>
        onSave({ domain: need.domain, words, importance, supportWanted: need.supportWanted, status, version, ...kept }).catch((error) => {
          const current = conflictCurrent<Need>(error);
          if (current) setVersion(current.version);
          throw error;
        }),
      { words: `${id}-words`, importance: `${id}-importance`, status: `${id}-status` },
    );
    if (ok) setVersion(version + 1);
  };
  return (
    <Expander summary={t(m.changeThis)} testId="edit-need">
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary
          errors={[...(wordsCheck?.summary ?? []), ...toFormErrors(errors, [`${id}-words`, `${id}-importance`, `${id}-status`])]}
        />
        <TextArea
          id={`${id}-words`}
          label={t(m.inYourOwnWords)}
          rows={3}
          value={words}
          onValueChange={setWords}
          error={errors[`${id}-words`] ?? wordsCheck?.inline(`${id}-words`)}
          extraDescribedBy={wordsCheck ? `${id}-check` : undefined}
        />
        {wordsCheck?.render(checked, `${id}-check`)}
        <Radios
          name={`${id}-importance`}
          legend={t(m.howMuch)}
          options={NEED_IMPORTANCE_KEYS.map((k) => ({ value: k, label: t(IMPORTANCE_WORDS[k]) }))}
          value={importance}
          onChange={setImportance}
          small
          inline
        />
        <Radios
          name={`${id}-status`}
          legend={t(m.stillNeeded)}
          options={NEED_STATUS_KEYS.map((k) => ({ value: k, label: t(NEED_STATUS_WORDS[k]) }))}
          value={status}
          onChange={setStatus}
          small
        />
        <Button busy={busy} secondary>
          {t(m.saveChanges)}
        </Button>
      </form>
    </Expander>
  );
}
