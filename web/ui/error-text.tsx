// An error message as shown beside a field or in the error summary: the page's own words, with any of the server's
// English words inside it (web/api/error-words.ts) marked lang="en", so a Polish page never passes English off as its own.
import { englishParts } from '../api/error-words.ts';
import { useT } from '../i18n/i18n.ts';
import { partWords } from './parts.messages.ts';
import { Written } from './written.tsx';

export function ErrorText({ text }: { text: string }) {
  const parts = englishParts(text);
  if (parts.every((p) => !p.english)) return <>{text}</>;
  return (
    <>
      {parts.map((p, k) =>
        p.english ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, in order.
          <Written key={k} lang="en" as="span" note={false}>
            {p.text}
          </Written>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

/** A field's error message (GOV.UK): "Error:" for screen readers, in the page's language, then the message. */
export function FieldError({ id, error }: { id: string; error: string }) {
  const t = useT();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t(partWords.error)}</span> <ErrorText text={error} />
    </p>
  );
}
