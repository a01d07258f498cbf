// Writing help under a note the parent will read (P5): glossary jargon and diagnostic labels found, with plain
// wording, and a readability estimate. Advice only; announced politely a moment after typing stops.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { checkPlainLanguage, type PlainLanguageCheck } from '../../../shared/domain/plain-language.ts';
import { glossaryQuery } from '../glossary/glossary.queries.ts';

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
  const [settled, setSettled] = useState(text);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const terms = glossary.data?.terms;
  const check = useMemo(() => (settled.trim() ? checkPlainLanguage(settled, terms ?? []) : null), [settled, terms]);
  const jargon = uniqueBy(check?.jargon ?? [], (match) => match.term);
  const labels = uniqueBy(check?.labels ?? [], (match) => match.found.toLowerCase());

  return (
    <div className="umb-writing-help" id={id} aria-live="polite">
      <h2 className="govuk-heading-s umb-writing-help__title">Help with plain words</h2>
      {!check ? (
        <p className="govuk-body-s">As you write, Umbrella suggests plain words for jargon. The parent will read this note.</p>
      ) : (
        <>
          {jargon.length === 0 && labels.length === 0 ? <p className="govuk-body-s">No jargon or diagnostic labels found.</p> : null}
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
          {labels.length > 0 ? (
            <>
              <p className="govuk-body-s govuk-!-margin-bottom-1">Diagnostic labels used about a person:</p>
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {labels.map((match) => (
                  <li key={match.found.toLowerCase()}>
                    “{match.found}”. {match.suggestion}
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
