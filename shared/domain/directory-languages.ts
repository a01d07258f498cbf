// The languages a service in the directory says it works in (issue 15 §2, issue 16 §3). An Open Referral UK file gives a
// language by its name ("Urdu") or its code ("ur"); Umbrella keeps the English name, and the family's pages name it in the
// language shown (Intl.DisplayNames, from the code found here), or as written when it is not one of these.

/** ISO 639 codes and the English names the directory keeps for them ("bsl" is a code some files use for British Sign Language). */
export const DIRECTORY_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'English',
  pl: 'Polish',
  ur: 'Urdu',
  ar: 'Arabic',
  ro: 'Romanian',
  pa: 'Punjabi',
  bn: 'Bengali',
  so: 'Somali',
  gu: 'Gujarati',
  cy: 'Welsh',
  lt: 'Lithuanian',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  ti: 'Tigrinya',
  fa: 'Farsi',
  ku: 'Kurdish',
  uk: 'Ukrainian',
  bfi: 'British Sign Language',
  bsl: 'British Sign Language',
};

/** Other English names files use for the same languages. */
const ALSO_CALLED: Readonly<Record<string, string>> = {
  persian: 'fa',
  bangla: 'bn',
  panjabi: 'pa',
  bsl: 'bfi',
};

const BY_NAME = new Map<string, string>([
  ...Object.entries(DIRECTORY_LANGUAGES)
    .filter(([code]) => code !== 'bsl')
    .map(([code, name]) => [name.toLowerCase(), code] as [string, string]),
  ...Object.entries(ALSO_CALLED),
]);

/** The code of a language the directory names ("Urdu" → "ur", "British Sign Language" → "bfi"); null when it is not known. */
export function languageCodeOf(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (BY_NAME.has(key)) return BY_NAME.get(key) ?? null;
  return key in DIRECTORY_LANGUAGES ? (key === 'bsl' ? 'bfi' : key) : null;
}
