// Small wording helpers for the family's sharing screens: kinds of information and reasons in the language shown, dates
// written out.
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS, LAWFUL_BASES, LAWFUL_BASIS_KEYS } from '../../shared/domain/sharing.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { translate } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { sharingWords as m } from './sharing-words.messages.ts';

const CATEGORY = {
  general: m.category_general,
  mental_health: m.category_mental_health,
  childrens_social_care: m.category_childrens_social_care,
  health: m.category_health,
  education: m.category_education,
  own_notes: m.category_own_notes,
} satisfies Record<(typeof CONSENT_CATEGORY_KEYS)[number] | 'own_notes', Message>;

const BASIS = {
  consent: m.basis_consent,
  safeguarding_child: m.basis_safeguarding_child,
  prevent_serious_harm: m.basis_prevent_serious_harm,
  legal_obligation: m.basis_legal_obligation,
  vital_interests: m.basis_vital_interests,
} satisfies Record<(typeof LAWFUL_BASIS_KEYS)[number], Message>;

// The server writes these reasons in English; until it sends a reason's kind, the fixed ones are found by their English.
const FIXED_WHY = new Map<unknown, Message>([m.why_general, m.why_home, m.why_own_notes].map((message) => [message.en, message]));

/** A kind of information by its key ("mental_health" → "Mental health"), or the server's words for a kind we do not know. */
export function categoryLabel(key: string, asSent: string): string {
  return Object.hasOwn(CATEGORY, key) ? translate(CATEGORY[key as keyof typeof CATEGORY]) : asSent;
}

/** A kind of information the server sent as its English label ("Mental health"), in the language shown. */
export function categoryFromLabel(label: string): string {
  const key = CONSENT_CATEGORY_KEYS.find((k) => CONSENT_CATEGORIES[k] === label);
  return key ? translate(CATEGORY[key]) : label;
}

/** Why something was shared, from its lawful basis's label; the server's plain words when the basis is not known. */
export function basisInWords(basisLabel: string, asSent: string): string {
  const key = LAWFUL_BASIS_KEYS.find((k) => k === basisLabel || LAWFUL_BASES[k].label === basisLabel);
  return key ? translate(BASIS[key]) : asSent;
}

/** Why a service can see a kind of information: the fixed reasons in the language shown, others as the server wrote them. */
export function whyInWords(why: string): string {
  const fixed = FIXED_WHY.get(why);
  return fixed ? translate(fixed) : withPlainDates(why);
}

/** "2026-12-31" inside a sentence becomes "31 December 2026". */
export const withPlainDates = (text: string): string => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date));

/** "Mental health" → "mental health", for "your mental health information". */
export const kindInSentence = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);
