// Names joined into a list as the language shown joins them: "Jamie and Clare" (shared/domain's words), "Jamie i Clare".
import { namesInWords } from '../../shared/domain/people.ts';
import type { Translate } from '../i18n/i18n.ts';
import { INTL_LOCALE } from '../ui/format.ts';

export function namesInLanguage(t: Translate, names: readonly string[]): string {
  if (t.locale === 'en' || names.length <= 1) return namesInWords(names);
  // Welsh by hand: Intl writes "a(c)" where a reader expects "a", or "ac" before a vowel.
  if (t.locale === 'cy') {
    const last = names.at(-1) ?? '';
    return `${names.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'} ${last}`;
  }
  return new Intl.ListFormat(INTL_LOCALE[t.locale], { style: 'long', type: 'conjunction' }).format(names);
}
