// The plans' section titles and hints in the language shown: the server sends the English of shared/domain with each
// section, and the page shows that section's own words by its key (a key it does not know keeps the server's English).
import { CONTINGENCY_SECTIONS, EXPLANATION_SECTIONS, WELLNESS_SECTIONS } from '../../../shared/domain/plans.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { planSections as s } from './plan-sections.messages.ts';

type SectionKey =
  | (typeof WELLNESS_SECTIONS)[number]['key']
  | (typeof CONTINGENCY_SECTIONS)[number]['key']
  | (typeof EXPLANATION_SECTIONS)[number]['key'];

const WORDS = {
  when_well: { title: s.when_well_title, hint: s.when_well_hint },
  daily: { title: s.daily_title, hint: s.daily_hint },
  triggers: { title: s.triggers_title, hint: s.triggers_hint },
  early_signs: { title: s.early_signs_title, hint: s.early_signs_hint },
  breaking_down: { title: s.breaking_down_title, hint: s.breaking_down_hint },
  crisis_signs: { title: s.crisis_signs_title, hint: s.crisis_signs_hint },
  crisis_supporters: { title: s.crisis_supporters_title, hint: s.crisis_supporters_hint },
  crisis_treatments: { title: s.crisis_treatments_title, hint: s.crisis_treatments_hint },
  crisis_alternatives: { title: s.crisis_alternatives_title, hint: s.crisis_alternatives_hint },
  crisis_others_do: { title: s.crisis_others_do_title, hint: s.crisis_others_do_hint },
  after_crisis: { title: s.after_crisis_title, hint: s.after_crisis_hint },
  carer: { title: s.carer_title, hint: s.carer_hint },
  must_not_care: { title: s.must_not_care_title, hint: s.must_not_care_hint },
  routine: { title: s.routine_title, hint: s.routine_hint },
  keeping_in_touch: { title: s.keeping_in_touch_title, hint: s.keeping_in_touch_hint },
  what_told: { title: s.what_told_title, hint: s.what_told_hint },
  agencies: { title: s.agencies_title, hint: s.agencies_hint },
  who_worried: { title: s.who_worried_title, hint: s.who_worried_hint },
  what_about: { title: s.what_about_title, hint: s.what_about_hint },
  happening_now: { title: s.happening_now_title, hint: s.happening_now_hint },
  next: { title: s.next_title, hint: s.next_hint },
  talk_to: { title: s.talk_to_title, hint: s.talk_to_hint },
} as const satisfies Record<SectionKey, { title: Message; hint: Message }>;

const SECTION_KEYS: readonly SectionKey[] = [...WELLNESS_SECTIONS, ...CONTINGENCY_SECTIONS, ...EXPLANATION_SECTIONS].map(
  (section) => section.key,
);
const wordsFor = (key: string): { title: Message; hint: Message } | undefined => (isOneOf(SECTION_KEYS, key) ? WORDS[key] : undefined);

/** A section's title in the language shown; `fallback` (the server's English) for a key this page does not know. */
export function sectionTitleIn(t: Translate, key: string, fallback: string): string {
  const words = wordsFor(key);
  return words ? t(words.title) : fallback;
}

/** A section's title and hint in the language shown. */
export function sectionWordsIn(t: Translate, section: { key: string; title: string; hint: string }): { title: string; hint: string } {
  const words = wordsFor(section.key);
  return words ? { title: t(words.title), hint: t(words.hint) } : { title: section.title, hint: section.hint };
}
