// The words of asking for help in the language shown: how soon, how to be contacted, the national numbers, and moments
// ("Tuesday 8 December at 10am"). shared/domain/help.ts keeps the English the server and the workers' screens use.
import { type ContactWay, type HelpUrgency, momentInWords, NATIONAL_HELPLINES } from '../../../shared/domain/help.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { currentLocale, translate } from '../../i18n/i18n.ts';
import { INTL_LOCALE } from '../../ui/format.ts';
import { portalFormat } from '../portal-format.messages.ts';
import { formatTime } from '../portal-format.ts';
import { helpWords as m } from './help-words.messages.ts';

export const URGENCY_WORDS = {
  today: m.urgency_today,
  this_week: m.urgency_this_week,
  letting_know: m.urgency_letting_know,
} satisfies Record<HelpUrgency, Message>;

export const CONTACT_WAY_WORDS = {
  call: m.contact_call,
  text: m.contact_text,
  visit: m.contact_visit,
  message: m.contact_message,
} satisfies Record<ContactWay, Message>;

type Helpline = (typeof NATIONAL_HELPLINES)[number];
/** Each national number's words; its name is a service's own name, kept as it is, except "Emergency". */
const HELPLINE_WORDS = {
  Emergency: { name: m.helpline_emergency_name, words: m.helpline_emergency },
  // i18n-exempt: a service's own name, the same in every language
  'NHS 111': { name: null, words: m.helpline_nhs111 },
  Samaritans: { name: null, words: m.helpline_samaritans },
  Shout: { name: null, words: m.helpline_shout },
} satisfies Record<Helpline['name'], { name: Message | null; words: Message }>;

/** The national numbers with their names and words in the language shown. */
export const helplines = () =>
  NATIONAL_HELPLINES.map((h) => {
    const words = HELPLINE_WORDS[h.name];
    return { ...h, name: words.name ? translate(words.name) : h.name, words: translate(words.words) };
  });

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A moment as people say it, in the language shown: "Tuesday 8 December at 10am" in English (as the workers' screens
 * say it), the language's own way of writing a weekday, date and time otherwise.
 */
export function momentShown(at: string): string {
  const locale = currentLocale();
  if (locale === 'en') return momentInWords(at);
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' });
    dayFormats.set(locale, f);
  }
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  return translate(portalFormat.dateAtTime, { date: f.format(moment), time: formatTime(moment.toISOString()) });
}
