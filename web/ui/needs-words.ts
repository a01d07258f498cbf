// shared/domain/needs.ts's word lists in the language shown, each looked up by its key (issue 16 §3). shared/domain keeps
// the English the server, the exports and the workers' screens use; needs-words.test.ts keeps the two the same.
import type {
  AgreedHow,
  Barrier,
  Gap,
  Helped,
  NeedDomain,
  NeedImportance,
  NeedRaisedBy,
  NeedStatus,
  ReferralStatus,
} from '../../shared/domain/needs.ts';
import type { ConsentCategory, LawfulBasis } from '../../shared/domain/sharing.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { INTL_LOCALE } from './format.ts';
import { needsWords as w } from './needs-words.messages.ts';

export const NEED_DOMAIN_WORDS = {
  money: w.domain_money,
  housing: w.domain_housing,
  food: w.domain_food,
  childcare_school: w.domain_childcare_school,
  practical_help: w.domain_practical_help,
  parenting: w.domain_parenting,
  physical_health: w.domain_physical_health,
  mental_health: w.domain_mental_health,
  alcohol_drugs: w.domain_alcohol_drugs,
  relationships_safety: w.domain_relationships_safety,
  work_learning: w.domain_work_learning,
  legal: w.domain_legal,
  travel: w.domain_travel,
  peer_support: w.domain_peer_support,
  child_own: w.domain_child_own,
  other: w.domain_other,
} as const satisfies Record<NeedDomain, Message>;

export const IMPORTANCE_WORDS = {
  a_little: w.importance_a_little,
  quite_a_lot: w.importance_quite_a_lot,
  a_lot: w.importance_a_lot,
} as const satisfies Record<NeedImportance, Message>;

/** "Matters a lot.", under a need. */
export const MATTERS_WORDS = {
  a_little: w.matters_a_little,
  quite_a_lot: w.matters_quite_a_lot,
  a_lot: w.matters_a_lot,
} as const satisfies Record<NeedImportance, Message>;

export const RAISED_BY_WORDS = {
  person: w.raisedBy_person,
  worker: w.raisedBy_worker,
  network_member: w.raisedBy_network_member,
} as const satisfies Record<NeedRaisedBy, Message>;

export const NEED_STATUS_WORDS = {
  open: w.status_open,
  met: w.status_met,
  no_longer_needed: w.status_no_longer_needed,
} as const satisfies Record<NeedStatus, Message>;

export const REFERRAL_STATUS_WORDS = {
  sent: w.referral_sent,
  accepted: w.referral_accepted,
  waiting: w.referral_waiting,
  started: w.referral_started,
  declined: w.referral_declined,
  ended: w.referral_ended,
} as const satisfies Record<ReferralStatus, Message>;

export const HELPED_WORDS = {
  yes: w.helped_yes,
  a_bit: w.helped_a_bit,
  no: w.helped_no,
} as const satisfies Record<Helped, Message>;

export const AGREED_HOW_WORDS = {
  in_person: w.agreed_in_person,
  by_phone: w.agreed_by_phone,
  in_writing: w.agreed_in_writing,
  in_umbrella: w.agreed_in_umbrella,
} as const satisfies Record<AgreedHow, Message>;

export const BARRIER_WORDS = {
  childcare: { label: w.barrier_childcare, hint: w.barrier_childcare_hint },
  travel_cost: { label: w.barrier_travel_cost, hint: w.barrier_travel_cost_hint },
  times: { label: w.barrier_times, hint: w.barrier_times_hint },
  language: { label: w.barrier_language, hint: w.barrier_language_hint },
  access: { label: w.barrier_access, hint: w.barrier_access_hint },
  caring: { label: w.barrier_caring, hint: w.barrier_caring_hint },
} as const satisfies Record<Barrier, { label: Message; hint: Message }>;

export const GAP_WORDS = {
  not_offered: w.gap_not_offered,
  not_received: w.gap_not_received,
  not_helping: w.gap_not_helping,
  being_helped: w.gap_being_helped,
  helped: w.gap_helped,
  closed: w.gap_closed,
} as const satisfies Record<Gap, Message>;

/** The kinds of information a referral shares (shared/domain/sharing.ts's CONSENT_CATEGORIES). */
export const CATEGORY_WORDS = {
  general: w.category_general,
  mental_health: w.category_mental_health,
  childrens_social_care: w.category_childrens_social_care,
  health: w.category_health,
  education: w.category_education,
} as const satisfies Record<ConsentCategory, Message>;

/** Why a referral could share it, in the family's words (LAWFUL_BASES[…].plain). */
export const BASIS_WORDS = {
  consent: w.basis_consent,
  safeguarding_child: w.basis_safeguarding_child,
  prevent_serious_harm: w.basis_prevent_serious_harm,
  legal_obligation: w.basis_legal_obligation,
  vital_interests: w.basis_vital_interests,
} as const satisfies Record<LawfulBasis, Message>;

const lists = new Map<string, Intl.ListFormat>();
/** "General notes, Health": a short list as the language writes one ("a, b, c" in English, as before). */
export function shortList(items: readonly string[], locale: keyof typeof INTL_LOCALE): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'unit', style: 'short' });
    lists.set(locale, f);
  }
  return f.format(items);
}

/** "In person" → "in person", inside a sentence: only the first letter, so names such as Umbrella keep theirs. */
export const lowerFirst = (words: string): string => words.charAt(0).toLocaleLowerCase() + words.slice(1);
