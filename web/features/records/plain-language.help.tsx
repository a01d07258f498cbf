// Writing help under a note the parent will read (P5): the respectful-language check's findings (judging words, a
// diagnosis used as a name, officialese: why, and what to write instead), other glossary jargon with plain wording, and
// a readability estimate. Announced politely a moment after typing stops. Saving words the check finds asks, once per
// save, to keep them as written with a reason (features/words).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkPlainLanguage, type PlainLanguageCheck } from '../../../shared/domain/plain-language.ts';
import { checkRespectfulWords } from '../../../shared/domain/respectful-words.ts';
import { glossaryQuery } from '../glossary/glossary.queries.ts';
import { useSettled, WordsFound } from '../words/words-check.tsx';

const DEBOUNCE_MS = 800;
const READABILITY_WORDS: Record<PlainLanguageCheck['readability']['label'], string> = {
  easy: 'easy to read',
  'fairly easy': 'fairly easy to read',
  standard: 'average to read',
  hard: 'hard to read',
  'very hard': 'very hard to read',
};

/** `id` is for aria-describedby on the textarea, so the advice is also read out when the person returns to it. */
export function PlainLanguageHelp({ id, text }: { id: string; text: string }) {
  const glossary = useQuery(glossaryQuery);
  const settled = useSettled(text, DEBOUNCE_MS);

  const terms = glossary.data?.terms;
  const check = useMemo(() => (settled.trim() ? checkPlainLanguage(settled, terms ?? []) : null), [settled, terms]);
  const words = useMemo(() => (settled.trim() ? checkRespectfulWords(settled) : []), [settled]);
  // A word the respectful-language check found is told there, with why; the glossary's plain words only for the rest.
  const jargon = uniqueBy(
    (check?.jargon ?? []).filter((match) => !words.some((w) => match.start < w.end && w.start < match.end)),
    (match) => match.term,
  );
  const found = uniqueBy(words, (w) => `${w.entryId}:${w.found.toLowerCase()}`);

  return (
    <div className="umb-writing-help" id={id} aria-live="polite">
      <h2 className="govuk-heading-s umb-writing-help__title">Help with plain words</h2>
      {!check ? (
        <p className="govuk-body-s">As you write, Umbrella suggests plain words for jargon. The parent will read this note.</p>
      ) : (
        <>
          {jargon.length === 0 && found.length === 0 ? (
            <p className="govuk-body-s">No jargon, judging words or diagnostic labels found.</p>
          ) : null}
          {found.length > 0 ? (
            <>
              <WordsFound findings={found} />
              <p className="govuk-body-s">
                When you save, you will be asked to change these words, or to keep them as written and say why.
              </p>
            </>
          ) : null}
          {jargon.length > 0 ? (
            <>
              <p className="govuk-body-s govuk-!-margin-bottom-1">Words the parent may not know:</p>
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {jargon.map((match) => (
                  <li key={match.term}>
                    “{match.found}”: try “{match.plain}”
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Reading: {READABILITY_WORDS[check.readability.label]}. {check.readability.advice}
          </p>
        </>
      )}
    </div>
  );
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
