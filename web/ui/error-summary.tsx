// GOV.UK error summary: takes focus when errors appear and links each message to its field; the server's English inside a
// message is marked as English (ErrorText).
import { type MouseEvent, useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ErrorText } from './error-text.tsx';
import { focusElement } from './focus.ts';
import { pageWords as m } from './pages.messages.ts';

export type FormError = { message: string; fieldId?: string };

export function ErrorSummary({ errors }: { errors: FormError[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  // Re-focus whenever the set of errors changes, so screen readers announce the new problems.
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join('|');
  useEffect(() => {
    if (signature) focusElement(ref.current);
  }, [signature]);

  if (errors.length === 0) return null;

  const goToField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Scroll the label into view too, so the question is visible beside the field.
    const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
    (label ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  };

  return (
    <div className="govuk-error-summary" ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t(m.thereIsAProblem)}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}${error.message}`}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId ?? '')}>
                    <ErrorText text={error.message} />
                  </a>
                ) : (
                  <ErrorText text={error.message} />
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
