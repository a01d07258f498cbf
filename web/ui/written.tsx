// People's own words (issue 16 §3): shown exactly as written, never machine-translated, and marked with the language they
// were written in: `lang` for screen readers and the browser, and a short note when it is not the page's language.
import type { ReactNode } from 'react';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useT } from '../i18n/i18n.ts';
import { partWords } from './parts.messages.ts';

// What the professionals' screens write in (ARCHITECTURE.md, issue 16): one constant, shared with the rule for notifications.
export { PROFESSIONALS_WRITE_IN } from '../../shared/i18n/as-written.ts';

type Props = {
  /** The language the words were written in: the writer's (`writtenIn` from the server), or the professionals'. */
  lang: Locale;
  /** A paragraph of its own (with the note when it is in another language), or a span within a sentence. */
  as?: 'p' | 'span' | 'div' | 'blockquote';
  className?: string;
  /** Say "(written in English)" when it is not the page's language; off for a name or a short phrase in a list. */
  note?: boolean;
  children: ReactNode;
};

export function Written({ lang, as: Tag = 'p', className, note = Tag !== 'span', children }: Props) {
  const t = useT();
  const other = lang !== t.locale;
  const language = other && note ? new Intl.DisplayNames([t.locale], { type: 'language' }).of(lang) : undefined;
  return (
    <Tag lang={lang} className={className ? `${className} umb-written` : 'umb-written'}>
      {children}
      {language ? (
        <>
          {' '}
          <span lang={t.locale} className="umb-written__language">
            {t(partWords.writtenIn, { language })}
          </span>
        </>
      ) : null}
    </Tag>
  );
}
