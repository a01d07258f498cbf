// The product's own words in each shipped language (issue 16 §3): translators use these so a "recovery plan" is called the
// same thing on every page. web/i18n/translations.test.ts checks each translated message that uses a term uses its word.
import type { Locale } from '../../shared/i18n/locales.ts';

export type ProductTerm = {
  /** The English word as it appears in messages (matched as a whole word, any case). */
  en: string;
  /** The agreed word per language, as shown to translators. */
  words: Record<Exclude<Locale, 'en'>, string>;
  /** What a translation must contain, allowing for grammar (Polish cases, Welsh mutations). */
  stems: Record<Exclude<Locale, 'en'>, RegExp>;
};

export const PRODUCT_TERMS: readonly ProductTerm[] = [
  {
    en: 'Umbrella',
    words: { cy: 'Umbrella', pl: 'Umbrella', ur: 'Umbrella' },
    stems: { cy: /Umbrella/, pl: /Umbrella/, ur: /Umbrella/ },
  },
  {
    en: 'recovery plan',
    words: { cy: 'cynllun adferiad', pl: 'plan powrotu do zdrowia', ur: 'صحت یابی کا منصوبہ' },
    stems: { cy: /[cg]ynllun|nghynllun|chynllun/i, pl: /plan/i, ur: /منصوب/ },
  },
  {
    en: 'crisis plan',
    words: { cy: 'cynllun argyfwng', pl: 'plan kryzysowy', ur: 'بحران کا منصوبہ' },
    stems: { cy: /argyfwng/i, pl: /kryzys/i, ur: /بحران/ },
  },
  {
    en: 'key worker',
    words: { cy: 'gweithiwr allweddol', pl: 'główny pracownik', ur: 'اہم کارکن' },
    stems: { cy: /allweddol/i, pl: /główn/i, ur: /اہم/ },
  },
  {
    en: 'care team',
    words: { cy: 'tîm gofal', pl: 'zespół opieki', ur: 'دیکھ بھال کی ٹیم' },
    stems: { cy: /t[îi]m/i, pl: /zesp[óo]ł/i, ur: /ٹیم/ },
  },
  {
    en: 'worry',
    words: { cy: 'pryder', pl: 'obawa', ur: 'فکر' },
    stems: { cy: /[pb]ryder|mhryder|phryder/i, pl: /obaw|niepok/i, ur: /فکر|تشویش/ },
  },
  {
    en: 'trusted person',
    words: { cy: 'person rydych chi’n ymddiried ynddo', pl: 'osoba zaufana', ur: 'قابلِ اعتماد شخص' },
    stems: { cy: /ymddiried/i, pl: /zaufan/i, ur: /اعتماد/ },
  },
];
