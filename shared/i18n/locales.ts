// The languages Umbrella speaks to families (issue 16 §3): English, Welsh, Polish and Urdu (right to left).
export const LOCALES = ['en', 'cy', 'pl', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name (what a person looks for in a switcher), its English name, and its direction. */
export const LOCALE_INFO: Record<Locale, { own: string; english: string; dir: 'ltr' | 'rtl' }> = {
  en: { own: 'English', english: 'English', dir: 'ltr' },
  cy: { own: 'Cymraeg', english: 'Welsh', dir: 'ltr' },
  pl: { own: 'Polski', english: 'Polish', dir: 'ltr' },
  ur: { own: 'اردو', english: 'Urdu', dir: 'rtl' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The best shipped language for a list of preferences such as navigator.languages or Accept-Language ("pl-PL" → pl). */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const p of preferences) {
    const base = p.trim().toLowerCase().split(/[-_;]/)[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
