// The language the family's pages are shown in (issue 16 §3): chosen on any page, remembered on this device and in the
// person's account, applied to <html lang dir>, and loaded lazily — English is in the first load, each other language is
// one small file fetched when chosen.
import { createElement, Fragment, type ReactElement, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, type Locale, pickLocale } from '../../shared/i18n/locales.ts';
import { type Catalogue, formatMessage, formatParts, type Message, type MessageValues, shownValues } from '../../shared/i18n/messages.ts';

export type { Locale } from '../../shared/i18n/locales.ts';
export { defineMessages } from '../../shared/i18n/messages.ts';

const STORAGE_KEY = 'umbrella.language';

// Each language is its own chunk; Vite only sees literal import paths.
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalogue }>> = {
  cy: () => import('virtual:umbrella-locale/cy'),
  pl: () => import('virtual:umbrella-locale/pl'),
  ur: () => import('virtual:umbrella-locale/ur'),
};

/** Each language's later part (messages.plugin.ts): words only some pages need, fetched where they are shown. */
const LATER_LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalogue }>> = {
  cy: () => import('virtual:umbrella-locale/cy/later'),
  pl: () => import('virtual:umbrella-locale/pl/later'),
  ur: () => import('virtual:umbrella-locale/ur/later'),
};
const laterParts = new Map<Locale, Catalogue>();

type State = { locale: Locale; catalogue: Catalogue | undefined };
let state: State = { locale: DEFAULT_LOCALE, catalogue: undefined };
const listeners = new Set<() => void>();

function applyToDocument(locale: Locale) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.documentElement.dir = LOCALE_INFO[locale].dir;
}

/** Shows the pages in `locale`: loads its messages first, so nothing flickers between languages. */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  const main = locale === 'en' ? undefined : (await LOADERS[locale]()).default;
  const later = laterParts.get(locale);
  state = { locale, catalogue: later && main ? { ...main, ...later } : main };
  applyToDocument(locale);
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private browsing may refuse storage: the choice still holds until the page is closed.
    }
  }
  for (const listener of listeners) listener();
}

/** The language this device last chose, else the browser's own if it is one we ship, else English. */
export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // No storage: fall through to the browser's languages.
  }
  return typeof navigator === 'undefined' ? DEFAULT_LOCALE : pickLocale(navigator.languages ?? [navigator.language]);
}

/** Before the first render: a language other than English is loaded first (English needs nothing). */
export async function startLocale(): Promise<void> {
  const locale = initialLocale();
  if (locale === 'en') applyToDocument('en');
  else await setLocale(locale, false).catch(() => applyToDocument('en'));
}

/**
 * For a part of a page that words notifications (their messages are not in the first load): fetches the language's
 * later part once and adds it to the messages shown; until it arrives, such a message shows in English.
 */
export function useLaterMessages(): void {
  const locale = useLocale();
  useEffect(() => {
    // Again whenever the language changes: each language has its own later part.
    if (locale !== 'en') void loadLaterMessages();
  }, [locale]);
}

/**
 * The language's later part, for a route's loader (a page whose own words are there: the calendar, who has looked at
 * the record), so the page shows in its language from the start. Never fails: English shows if it cannot load.
 */
export async function loadLaterMessages(): Promise<void> {
  const locale = state.locale;
  if (locale === 'en' || laterParts.has(locale)) return;
  try {
    const later = (await LATER_LOADERS[locale]()).default;
    laterParts.set(locale, later);
    if (state.locale !== locale) return;
    state = { locale, catalogue: { ...state.catalogue, ...later } };
    for (const listener of listeners) listener();
  } catch {
    // Offline or a failed chunk: these words show in English.
  }
}

export function currentLocale(): Locale {
  return state.locale;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => state;

/**
 * A rich message's values: a tag's value wraps the tag's text, e.g. `tel: (text) => <a href="tel:999">{text}</a>`; an
 * argument may be an element, such as someone's own words marked with their language (`<Written as="span" …>`).
 */
export type RichValues = Record<string, string | number | ReactElement | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * `t(m.title)` or `t(m.count, { count })`: the message in the language shown. `t.rich(m.call, { tel: (s) => <a…>{s}</a> })`
 * for a sentence with a link or bold inside, so translators can move the link within the sentence.
 */
export type Translate = ((message: Message, values?: MessageValues) => string) & {
  rich: (message: Message, values: RichValues) => ReactNode;
  /** The values the message shows as they are in this language (not those it chooses by): see shownValues. */
  shown: (message: Message) => ReadonlySet<string>;
  locale: Locale;
};

function richIn(s: State, message: Message, values: RichValues): ReactNode {
  return createElement(Fragment, null, ...(formatParts(s.locale, s.catalogue, message, values) as ReactNode[]));
}

export function translate(message: Message, values?: MessageValues): string {
  return formatMessage(state.locale, state.catalogue, message, values);
}

/** The page's translate function and language; the component renders again when the language changes. */
export function useT(): Translate {
  const s = useSyncExternalStore(subscribe, snapshot, snapshot);
  const t = ((message: Message, values?: MessageValues) => formatMessage(s.locale, s.catalogue, message, values)) as Translate;
  t.rich = (message, values) => richIn(s, message, values);
  t.shown = (message) => shownValues(s.locale, s.catalogue, message);
  t.locale = s.locale;
  return t;
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, snapshot, snapshot).locale;
}

/**
 * A translate function for one given language, whatever the page is shown in: a sign-in letter printed in the person's own
 * language by a worker whose screens are in English. Shows English until that language's messages have loaded.
 */
export function useTIn(locale: Locale): Translate {
  const [catalogue, setCatalogue] = useState<{ locale: Locale; messages: Catalogue | undefined }>({ locale: 'en', messages: undefined });
  useEffect(() => {
    let live = true;
    if (locale === 'en') setCatalogue({ locale, messages: undefined });
    else
      void LOADERS[locale]().then((m) => {
        if (live) setCatalogue({ locale, messages: m.default });
      });
    return () => {
      live = false;
    };
  }, [locale]);
  const s: State = { locale: catalogue.locale, catalogue: catalogue.messages };
  const t = ((message: Message, values?: MessageValues) => formatMessage(s.locale, s.catalogue, message, values)) as Translate;
  t.rich = (message, values) => richIn(s, message, values);
  t.shown = (message) => shownValues(s.locale, s.catalogue, message);
  t.locale = s.locale;
  return t;
}
