// A service's facts in the language shown (issue 16 §3). The server builds some words around the directory's data in
// English (opening times from a schedule, how to use it, where it is, "Free", ages: server/modules/support/directory/
// oruk-mapping.ts and opening-times.ts); until it sends them as data, the words it builds are found by their English and
// said again in the language shown. What a service wrote itself (its descriptions, a schedule's own description, prices)
// is the directory's data and stays as written. English is always shown exactly as the server wrote it.
import { languageCodeOf } from '../../shared/domain/directory-languages.ts';
import type { Locale as WrittenIn } from '../../shared/i18n/locales.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import type { Translate } from '../i18n/i18n.ts';
import { directoryWords as m } from './directory-words.messages.ts';
import { INTL_LOCALE } from './format.ts';

type Locale = Translate['locale'];

/**
 * The language of the directory's own words (services' and organisations' names, descriptions, places, how to get
 * there, prices, a schedule's own description). The directory is imported from Open Referral UK files that the services
 * and the council write in English, and the standard carries no language for its text, so one constant says it here:
 * the family's pages mark those words with it (<Written>), and a directory that one day carries other languages changes
 * only this. The words the server builds around that data are said again in the language shown (below).
 */
export const DIRECTORY_WRITES_IN: WrittenIn = 'en';

// ---- Fixed words, found by the server's English ----

const byEnglish = (messages: Message[]) => new Map<unknown, Message>(messages.map((message) => [message.en, message]));

const HOW_TO_USE = byEnglish([
  m.how_referral,
  m.how_self_referral,
  m.how_drop_in,
  m.how_appointment,
  m.how_membership,
  m.how_in_person,
  m.how_phone,
  m.how_online,
]);
const WHERE = byEnglish([m.where_phone_or_online, m.where_online, m.where_phone]);

/** One way of using a service ("Drop in") in the language shown. */
export const howToUseShown = (words: string, t: Translate): string => {
  const known = t.locale === 'en' ? undefined : HOW_TO_USE.get(words);
  return known ? t(known) : words;
};

/** Where a service is, in a few words: "Online" and "By phone" in the language shown, a place's name and postcode as written. */
export const whereShown = (words: string, t: Translate): string => {
  const known = t.locale === 'en' ? undefined : WHERE.get(words);
  return known ? t(known) : words;
};

/** What it costs: "Free" and "Ask about the cost" in the language shown, with who it is for as written; prices as written. */
export function costShown(words: string, t: Translate): string {
  if (t.locale === 'en') return words;
  for (const [plain, withOption] of [
    [m.cost_free, m.cost_free_for],
    [m.cost_ask, m.cost_ask_for],
  ] as const) {
    if (words === plain.en) return t(plain);
    if (typeof plain.en === 'string' && words.startsWith(`${plain.en} (`) && words.endsWith(')'))
      return t(withOption, { option: words.slice(plain.en.length + 2, -1) });
  }
  return words;
}

/** Who it is for: the ages and the area in the language shown; a service's own words as written. */
export function eligibilityShown(words: string, t: Translate): string {
  if (t.locale === 'en') return words;
  let found = /^Ages (\d+) to (\d+)$/.exec(words);
  if (found) return t(m.ages_range, { min: Number(found[1]), max: Number(found[2]) });
  found = /^Ages (\d+) and over$/.exec(words);
  if (found) return t(m.ages_from, { min: Number(found[1]) });
  found = /^Up to age (\d+)$/.exec(words);
  if (found) return t(m.ages_up_to, { max: Number(found[1]) });
  found = /^For people in (.+)$/.exec(words);
  if (found) return t(m.for_people_in, { area: found[1] ?? '' });
  return words;
}

// ---- Opening times ----

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const TIME = String.raw`(?:\d{1,2}(?::\d{2})?[ap]m|12 noon|midnight)`;
const MONTH_ORDINALS: Record<string, Message> = {
  First: m.month_1,
  Second: m.month_2,
  Third: m.month_3,
  Fourth: m.month_4,
  Fifth: m.month_5,
  Last: m.month_last,
};

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function dayName(index: number, locale: Locale): string {
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  // 1 January 2024 was a Monday.
  return f.format(new Date(Date.UTC(2024, 0, 1 + index)));
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
/** "9:30am", "12 noon", "midnight" as the language writes a time of day; null when it is not one. */
function timeShown(words: string, locale: Locale): string | null {
  let hour: number;
  let minute = 0;
  if (words === '12 noon') hour = 12;
  else if (words === 'midnight') hour = 0;
  else {
    const found = /^(\d{1,2})(?::(\d{2}))?([ap]m)$/.exec(words);
    if (!found) return null;
    hour = (Number(found[1]) % 12) + (found[3] === 'pm' ? 12 : 0);
    minute = Number(found[2] ?? 0);
  }
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(2024, 0, 1, hour, minute)));
}

function hoursShown(words: string, t: Translate): string | null {
  const range = new RegExp(`^(${TIME}) to (${TIME})$`).exec(words);
  if (range) {
    const from = timeShown(range[1] ?? '', t.locale);
    const to = timeShown(range[2] ?? '', t.locale);
    return from && to ? t(m.timeRange, { from, to }) : null;
  }
  const from = new RegExp(`^from (${TIME})$`).exec(words);
  const time = from ? timeShown(from[1] ?? '', t.locale) : null;
  return time ? t(m.timeFrom, { from: time }) : null;
}

/** "a, b and c" as the server joins a list (andList), back into its items. */
const splitAndList = (words: string): string[] => {
  const [head, last] = words.includes(' and ')
    ? [words.slice(0, words.lastIndexOf(' and ')), words.slice(words.lastIndexOf(' and ') + 5)]
    : [words, null];
  return [...head.split(', '), ...(last === null ? [] : [last])];
};

/** Items joined as the language joins a list: "Monday, Wednesday and Friday". */
function joined(items: string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  const first = items.slice(1, -1).reduce((list, next) => t(m.listMore, { first: list, next }), items[0] ?? '');
  return t(m.listLast, { first, last: items.at(-1) ?? '' });
}

/** Weekdays as the server writes them ("Mondays to Fridays", "Tuesday and Thursday"), in the language shown. */
function daysShown(words: string, t: Translate, plural: boolean): string | null {
  if (words === m.everyDay.en) return t(m.everyDay);
  const s = plural ? 's' : '';
  const index = (name: string) => DAY_NAMES.indexOf(plural ? name.slice(0, -1) : name);
  const range = new RegExp(`^(${DAY}${s}) to (${DAY}${s})$`).exec(words);
  if (range) return t(m.dayRange, { from: dayName(index(range[1] ?? ''), t.locale), to: dayName(index(range[2] ?? ''), t.locale) });
  const items = splitAndList(words);
  if (!items.every((item) => new RegExp(`^${DAY}${s}$`).test(item))) return null;
  return joined(
    items.map((item) => dayName(index(item), t.locale)),
    t,
  );
}

/** The days part of an opening time: weekly, every other week, a week of the month, or days of the month. */
function whenShown(words: string, t: Translate): string | null {
  const monthly = /^(First|Second|Third|Fourth|Fifth|Last) (.+) of the month$/.exec(words);
  if (monthly) {
    const days = daysShown(monthly[2] ?? '', t, false);
    const message = MONTH_ORDINALS[monthly[1] ?? ''];
    return days && message ? t(message, { days }) : null;
  }
  const other = /^Every other (.+)$/.exec(words);
  if (other) {
    const days = daysShown(other[1] ?? '', t, false);
    return days ? t(m.everyOther, { days }) : null;
  }
  const nth = /^Every (\d+)th (.+)$/.exec(words);
  if (nth) {
    const days = daysShown(nth[2] ?? '', t, false);
    return days ? t(m.everyNth, { count: Number(nth[1]), days }) : null;
  }
  const monthDays = /^On (.+) of each month$/.exec(words);
  if (monthDays) {
    const items = splitAndList(monthDays[1] ?? '').map((item) =>
      item === 'the last day'
        ? t(m.monthLastDay)
        : /^the (\d+)(?:st|nd|rd|th)$/.test(item)
          ? t(m.monthDay, { day: Number(item.slice(4, -2)) })
          : null,
    );
    return items.every((item): item is string => item !== null) ? t(m.monthDays, { days: joined(items, t) }) : null;
  }
  return daysShown(words, t, true);
}

/** The first letter as a capital where the language has them ("poniedziałek–piątek" starts a line). */
const upperFirst = (words: string): string => words.charAt(0).toLocaleUpperCase() + words.slice(1);

/**
 * An opening time said again in the language shown: "Mondays to Fridays, 9am to 5pm", "First Saturday of the month, 10am
 * to 12 noon", "Every other Saturday", "Open 9am to 5pm". A schedule's own description, or anything else the server did not
 * build, is the directory's data and shown as written.
 */
export function reworded(words: string, t: Translate): string {
  const open = /^Open (.+)$/.exec(words);
  if (open) {
    const hours = hoursShown(open[1] ?? '', t);
    return hours ? t(m.openHours, { hours }) : words;
  }
  const split = new RegExp(`^(.+), (${TIME} to ${TIME}|from ${TIME})$`).exec(words);
  const days = whenShown(split ? (split[1] ?? '') : words, t);
  if (!days) return words;
  if (!split) return upperFirst(days);
  const hours = hoursShown(split[2] ?? '', t);
  return hours ? upperFirst(t(m.daysAndHours, { days, hours })) : words;
}

export const openingTimeShown = (words: string, t: Translate): string => (t.locale === 'en' ? words : reworded(words, t));

// ---- Languages a service works in ----

const languageNames = new Map<Locale, Intl.DisplayNames | null>();
function displayNames(locale: Locale): Intl.DisplayNames | null {
  if (!languageNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  return languageNames.get(locale) ?? null;
}

/**
 * A language the directory names ("Urdu", "British Sign Language") in the language shown ("urdu", "brytyjski język
 * migowy"); null when it is not one Umbrella knows or the browser cannot name it, so the page shows it as written.
 * In English the directory's own name is kept.
 */
export function languageNameShown(name: string, t: Translate): string | null {
  const code = languageCodeOf(name);
  if (!code) return null;
  if (t.locale === 'en') return name;
  if (code === 'bfi') return t(m.language_bfi);
  return displayNames(t.locale)?.of(code) ?? null;
}
