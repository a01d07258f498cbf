// "Keep as written", once per save (issue 16 §1): when the server refuses a save with 400 `words_to_check`, the form names
// each finding in its error summary and offers, below the text, a checkbox that asks why the words are kept. The next
// save sends `keepAsWritten: { reason }`; a successful save resets it, and words rewritten so nothing is found need nothing.
import { useMemo, useState } from 'react';
import type { KeepAsWritten, WordFinding } from '../../../shared/contracts/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import type { FormError } from '../../ui/error-summary.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { WordsCheckHelp } from './words-check.tsx';
import { findingErrors, findingsIn, inlineErrors, wordsToCheck } from './words-findings.ts';

const REASON_MIN = 3;
const REASON_MAX = 500;
/** Joins a save's texts for comparing them; no one types it. */
const SEP = '\u0000';

type Options = {
  /** Unique on the page: the checkbox is `${id}-keep`, the reason `${id}-keep-reason`. */
  id: string;
  /**
   * The words of the save as they are now, so rewriting them so nothing is found needs no confirmation. Left out when
   * the form that holds them is in web/ui (the portal's too): it gives them to each call instead (useWordsSlot).
   */
  texts?: readonly string[];
  /** Server field name (as in `findings[].field`) → the id of the input that shows it. */
  ids?: Record<string, string>;
  /** Where a finding goes when its field is not in `ids`: the main text. */
  fallbackId: string;
};

export type KeepAsWrittenControl = ReturnType<typeof useKeepAsWritten>;

/**
 * The state of "keep as written" for one form. In the form: `prepare()` at submit (false: show the errors and stop),
 * `body()` for the request's `keepAsWritten`, `refused(error)` in onError (true: it was the words, handled here),
 * `reset()` on success; `summary` before the form's own error summary lines, `inline(id)` under each field.
 */
export function useKeepAsWritten({ id, texts, ids = {}, fallbackId }: Options) {
  const [findings, setFindings] = useState<WordFinding[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [offered, setOffered] = useState(false);
  const [keep, setKeep] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  // The words as they were when the server asked: unchanged, they still need the confirmation whatever this check says.
  const [askedAbout, setAskedAbout] = useState<string | null>(null);
  const joined = texts ? texts.join(SEP) : null;
  const liveFound = useMemo(() => (joined === null ? false : findingsIn(joined.split(SEP)).length > 0), [joined]);
  /** Whether these words still need the confirmation: something is found in them, or they are as the server saw them. */
  const stillIn = (words: readonly string[] | undefined): boolean =>
    words === undefined ? liveFound || joined === askedAbout : words.join(SEP) === askedAbout || findingsIn(words).length > 0;
  const checkboxId = `${id}-keep`;
  const reasonId = `${id}-keep-reason`;

  const summary: FormError[] = [
    ...(findings && message ? [{ fieldId: checkboxId, message }] : []),
    ...(findings ? findingErrors(findings, ids, fallbackId) : []),
    ...(reasonError ? [{ fieldId: reasonId, message: reasonError }] : []),
  ];
  const inline = findings ? inlineErrors(findings, ids, fallbackId) : {};

  return {
    checkboxId,
    reasonId,
    /** The words checked, for a live panel beside them (WordsCheckHelp). */
    texts: texts ?? [],
    /** Shown below the text once the server has asked, while the words are still there. */
    offered: offered && stillIn(texts),
    offeredFor: (words: readonly string[]) => offered && stillIn(words),
    keep,
    reason,
    reasonError,
    setKeep: (value: boolean) => {
      setKeep(value);
      if (!value) setReasonError(undefined);
    },
    setReason,
    summary,
    hasErrors: summary.length > 0,
    inline: (inputId: string): string | undefined => inline[inputId],
    /** At submit: the last answer's findings go; a kept box needs its reason. False: stop, the reason's error is shown. */
    prepare(words?: readonly string[]): boolean {
      setFindings(null);
      setMessage(null);
      const needsReason = offered && keep && stillIn(words ?? texts);
      const problem =
        needsReason && reason.trim().length < REASON_MIN
          ? 'Say why you are keeping these words, for example “these are Marie’s own words”'
          : needsReason && reason.trim().length > REASON_MAX
            ? `Say why in ${REASON_MAX} characters or fewer (you have ${reason.trim().length})`
            : undefined;
      setReasonError(problem);
      return problem === undefined;
    },
    /** The request's `keepAsWritten`: the reason when the box is ticked and words are still found, else nothing. */
    body(words?: readonly string[]): KeepAsWritten {
      return offered && keep && stillIn(words ?? texts) && reason.trim() ? { reason: reason.trim() } : undefined;
    },
    /** In onError: true when the server asked about the words (the form shows nothing else for it). */
    refused(error: unknown, words?: readonly string[]): boolean {
      const found = wordsToCheck(error);
      if (!found) return false;
      setFindings(found);
      setMessage(isApiError(error) ? error.message : null);
      setOffered(true);
      setAskedAbout(words ? words.join(SEP) : joined);
      return true;
    },
    /** After a successful save (or a fresh start): the next save is checked afresh, the box unticked. */
    reset() {
      setFindings(null);
      setMessage(null);
      setOffered(false);
      setKeep(false);
      setReason('');
      setReasonError(undefined);
      setAskedAbout(null);
    },
  };
}

/** A form's errors without the words' own lines under each field, which the summary already names finding by finding. */
export function withoutWordsErrors(errors: Record<string, string>, words: KeepAsWrittenControl | undefined): Record<string, string> {
  if (!words) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([id, message]) => words.inline(id) !== message));
}

/**
 * For a form in web/ui that a worker and the family both use (a need, a referral's step): the same check, handed in as
 * a plain object so the portal never loads it. The form gives its words to each call and places `render` below them.
 */
export function useWordsSlot(options: Omit<Options, 'texts'>) {
  const control = useKeepAsWritten(options);
  return {
    prepare: (texts: readonly string[]) => control.prepare(texts),
    body: (texts: readonly string[]) => control.body(texts),
    refused: (error: unknown, texts: readonly string[]) => control.refused(error, texts),
    reset: control.reset,
    summary: control.summary,
    inline: control.inline,
    render: (texts: readonly string[], panelId: string) => (
      <>
        <WordsCheckHelp id={panelId} texts={texts} />
        <KeepAsWrittenField control={control} texts={texts} />
      </>
    ),
  };
}

/** The checkbox and, when ticked, the required reason: below the text, only once the server has asked. */
export function KeepAsWrittenField({ control, texts }: { control: KeepAsWrittenControl; texts?: readonly string[] }) {
  if (!(texts ? control.offeredFor(texts) : control.offered)) return null;
  const { checkboxId, reasonId, keep } = control;
  const conditionalId = `${checkboxId}-conditional`;
  return (
    <div className="govuk-form-group umb-keep-as-written">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={checkboxId}
            name={checkboxId}
            type="checkbox"
            checked={keep}
            onChange={(event) => control.setKeep(event.target.checked)}
            aria-controls={conditionalId}
            aria-describedby={`${checkboxId}-hint`}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={checkboxId}>
            Keep as written
          </label>
          <div id={`${checkboxId}-hint`} className="govuk-hint govuk-checkboxes__hint">
            Only for this save, and only if the family would recognise the words as fair. Your reason is kept with this version. Your team
            manager sees how often words are kept, for supervision, never as a score on anyone.
          </div>
        </div>
        <div className={`govuk-checkboxes__conditional${keep ? '' : ' govuk-checkboxes__conditional--hidden'}`} id={conditionalId}>
          {keep ? (
            <TextArea
              id={reasonId}
              label="Why are you keeping these words?"
              hint="For example: these are Marie’s own words"
              rows={2}
              value={control.reason}
              onValueChange={control.setReason}
              error={control.reasonError}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
