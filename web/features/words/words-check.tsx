// The respectful-language check as the worker types (issue 16 §1, P5): each word the family should not read about
// itself, why it matters and what to write instead. The same check the server runs at save, so nothing is a surprise.
import { useEffect, useMemo, useState } from 'react';
import { WORD_FINDING_KINDS, WORD_FINDING_WHY, type WordFinding, type WordFindingKind } from '../../../shared/domain/respectful-words.ts';
import { findingsIn } from './words-findings.ts';

const DEBOUNCE_MS = 500;

/** A title for each kind of finding; the diagnosis one is what the plans screens have always said. */
export const WORD_FINDING_TITLES: Record<WordFindingKind, string> = {
  judgement: 'This uses words that judge a person.',
  identity: 'This uses a diagnostic label about a person.',
  officialese: 'This uses words the family may not know.',
};

/** The text a moment after typing stops, so the advice is not announced at every key press. */
export function useSettled(text: string, ms = DEBOUNCE_MS): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** The findings, by kind: the title, why it matters (shared/domain's words), then each word with what to write instead. */
export function WordsFound({ findings }: { findings: readonly WordFinding[] }) {
  return (
    <>
      {WORD_FINDING_KINDS.map((kind) => {
        const ofKind = findings.filter((f) => f.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="umb-words-found">
            <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{WORD_FINDING_TITLES[kind]}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">{WORD_FINDING_WHY[kind]}</p>
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {ofKind.map((f) => (
                <li key={`${f.entryId}:${f.found.toLowerCase()}`}>
                  “{f.found}”: {f.suggestion}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

type WordsCheckHelpProps = {
  /** For aria-describedby on the fields it checks, so the advice is read out again when the person returns to one. */
  id: string;
  texts: readonly string[];
  /** Who reads the words, for the line shown before anything is found. */
  reader?: string;
};

/**
 * The live panel for a form without the record's fuller writing help: nothing until words are found, then a warning
 * listing each one. Saving still works: the server asks once per save to keep the words as written, with a reason.
 */
export function WordsCheckHelp({ id, texts, reader = 'The family' }: WordsCheckHelpProps) {
  const settled = useSettled(texts.join('\u0000'));
  const findings = useMemo(() => findingsIn(settled.split('\u0000')), [settled]);
  return (
    <div id={id} aria-live="polite" className="umb-plan-label-warning-region">
      {findings.length > 0 ? (
        <div className="govuk-warning-text umb-plan-label-warning">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <span className="govuk-body-s umb-plan-label-warning__note">{reader} will read this.</span>
            <WordsFound findings={findings} />
            <span className="govuk-body-s umb-plan-label-warning__note">
              You can keep words as written if you need to: when you save, you will be asked why.
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
