// One "(written in English)" for a card of someone's words shown field by field (a worry, an action), when they are in
// another language than the page's: each field is marked with its language (web/ui/written.tsx) without repeating it.
import type { Locale } from '../../../shared/i18n/locales.ts';
import { useT } from '../../i18n/i18n.ts';
import { partWords } from '../../ui/parts.messages.ts';

export function WrittenInNote({ lang }: { lang: Locale }) {
  const t = useT();
  if (lang === t.locale) return null;
  const language = new Intl.DisplayNames([t.locale], { type: 'language' }).of(lang) ?? lang;
  return <p className="govuk-body-s govuk-!-margin-bottom-2 umb-written__language">{t(partWords.writtenIn, { language })}</p>;
}
