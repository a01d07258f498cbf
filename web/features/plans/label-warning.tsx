// Warns (never blocks) when a worry uses a diagnostic label about a person instead of describing what happens (P5).
import { useEffect, useMemo, useState } from 'react';
import { findDiagnosticLabels } from '../../../shared/domain/plain-language.ts';

const DEBOUNCE_MS = 500;

/** `id` goes in the textarea's aria-describedby, so the advice is read out again when the person returns to it. */
export function LabelWarning({ id, texts, flags = [] }: { id: string; texts: string[]; flags?: readonly string[] }) {
  const joined = texts.join('\n');
  const [settled, setSettled] = useState(joined);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(joined), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [joined]);

  const found = useMemo(() => {
    const matches = findDiagnosticLabels(settled);
    const seen = new Set<string>();
    return matches.filter((match) => {
      const key = match.found.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [settled]);
  // Labels the server found when it was last saved, still in the text now (the server may know words this check does not).
  const stillFlagged = flags.filter(
    (flag) => settled.toLowerCase().includes(flag.toLowerCase()) && !found.some((m) => m.found.toLowerCase().includes(flag.toLowerCase())),
  );

  return (
    <div id={id} aria-live="polite" className="umb-plan-label-warning-region">
      {found.length > 0 || stillFlagged.length > 0 ? (
        <div className="govuk-warning-text umb-plan-label-warning">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This uses a diagnostic label about a person. Describe what people see or hear, and how it affects the children.
            <ul className="govuk-list govuk-list--bullet govuk-body-s umb-plan-label-warning__list">
              {found.map((match) => (
                <li key={match.found.toLowerCase()}>
                  “{match.found}”. {match.suggestion}
                </li>
              ))}
              {stillFlagged.map((flag) => (
                <li key={flag}>“{flag}”</li>
              ))}
            </ul>
            <span className="govuk-body-s umb-plan-label-warning__note">You can still save it.</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
