// Contracts of needs and support (issue 15 §1, §3): a need in the person's own words with its support and referrals and
// where it stands (the gap), practical barriers, and the requests that write them, for the family (/api/portal/…) and the
// care team (/api/families/:familyId/…).
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import {
  AGREED_HOW_KEYS,
  GAP_KEYS,
  HELPED_KEYS,
  NEED_DOMAIN_KEYS,
  NEED_IMPORTANCE_KEYS,
  NEED_RAISED_BY_KEYS,
  NEED_STATUS_KEYS,
  REFERRAL_STATUS_KEYS,
  SUPPORT_KIND_KEYS,
} from '../domain/needs.ts';
import { CONSENT_CATEGORY_KEYS, LAWFUL_BASIS_KEYS } from '../domain/sharing.ts';
import { LOCALES } from '../i18n/locales.ts';
import { CalendarDate, Id, Text, Version, VersionOrNew } from './common.ts';
import { KeepAsWritten } from './respectful-words.ts';

const Words = (max: number, empty: string) => Text(max).pipe(z.string().min(1, empty));
const OptionalWords = (max: number) =>
  Text(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ReferralStep = z.object({
  status: z.enum(REFERRAL_STATUS_KEYS),
  statusOn: z.string(),
  reason: z.string().nullable(),
  /** The language its reason was written in (the family's pages show it as written, marked with it). */
  writtenIn: z.enum(LOCALES),
  /** Who set it, in words ("Tom Reilly, Northfield Children's Services"). */
  by: z.string(),
  /** Whether a worker set it: `by` is then their name and agency, as written. */
  byWorker: z.boolean(),
});
export type ReferralStep = z.infer<typeof ReferralStep>;

export const Referral = z.object({
  status: z.enum(REFERRAL_STATUS_KEYS),
  statusOn: z.string(),
  declinedReason: z.string().nullable(),
  declinedReasonWrittenIn: z.enum(LOCALES),
  /** What the parent agreed may be shared with the service. */
  sharedCategories: z.array(z.enum(CONSENT_CATEGORY_KEYS)),
  /** What was sent, word for word. */
  sentText: z.string(),
  lawfulBasis: z.enum(LAWFUL_BASIS_KEYS),
  agreedHow: z.enum(AGREED_HOW_KEYS).nullable(),
  /** Every step, oldest first. */
  history: z.array(ReferralStep),
  /** Whether the caller may set its next step. */
  mayUpdate: z.boolean(),
});
export type Referral = z.infer<typeof Referral>;

export const Support = z.object({
  id: Id,
  kind: z.enum(SUPPORT_KIND_KEYS),
  description: z.string(),
  /**
   * The language its writer wrote in: an offer's or a found support's description, a referral's words sent (a referral's
   * description, "Referral to …", is Umbrella's own; the page names the service instead).
   */
  writtenIn: z.enum(LOCALES),
  serviceId: z.string().nullable(),
  /** The directory's name for the service, as the service wrote it. */
  serviceName: z.string().nullable(),
  /** Who offered it, in words. */
  offeredBy: z.string(),
  /** Whether a worker offered or referred it: `offeredBy` is then their name and agency, as written. */
  offeredByWorker: z.boolean(),
  offeredOn: z.string(),
  receivedFrom: z.string().nullable(),
  receivedUntil: z.string().nullable(),
  helped: z.enum(HELPED_KEYS).nullable(),
  helpedWords: z.string().nullable(),
  helpedWrittenIn: z.enum(LOCALES),
  /** Only for kind 'referral'. */
  referral: Referral.nullable(),
  version: z.number().int(),
});
export type Support = z.infer<typeof Support>;

export const Need = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  domain: z.enum(NEED_DOMAIN_KEYS),
  words: z.string(),
  /** The language its words and "what would help" were written in: shown as written, marked with it. */
  writtenIn: z.enum(LOCALES),
  importance: z.enum(NEED_IMPORTANCE_KEYS),
  raisedBy: z.enum(NEED_RAISED_BY_KEYS),
  /** Who wrote it down, in words ("Marie", "Tom Reilly, family support worker"). */
  writtenBy: z.string(),
  /**
   * A worker who wrote it down: their name, their role on the family's care team (a key, worded in the page's language)
   * while they have one, otherwise their job title as written.
   */
  writer: z.object({ name: z.string(), teamRole: z.enum(CARE_TEAM_ROLE_KEYS).nullable(), jobTitle: z.string().nullable() }).nullable(),
  supportWanted: z.string().nullable(),
  status: z.enum(NEED_STATUS_KEYS),
  /** The person's "that's not right", when they said it about a need a worker wrote with them. */
  notRight: z.object({ words: z.string(), at: z.string(), writtenIn: z.enum(LOCALES) }).nullable(),
  createdAt: z.string(),
  /** Where it stands (shared/domain/need-gap.ts) and since when (a date). */
  gap: z.enum(GAP_KEYS),
  gapSince: z.string(),
  supports: z.array(Support),
  /** What the caller may do to it: the screen offers only these (access/need-policy.ts decides). */
  allowed: z.object({ edit: z.boolean(), notRight: z.boolean(), addSupport: z.boolean(), refer: z.boolean() }),
  version: z.number().int(),
});
export type Need = z.infer<typeof Need>;

export const Barriers = z.object({
  childcare: z.string().nullable(),
  travelCost: z.string().nullable(),
  times: z.string().nullable(),
  language: z.string().nullable(),
  access: z.string().nullable(),
  caring: z.string().nullable(),
  /** The language the words were written in. */
  writtenIn: z.enum(LOCALES),
  /** 0 until the first save. */
  version: z.number().int(),
});
export type Barriers = z.infer<typeof Barriers>;
export const GapCounts = z.object({ notOffered: z.number().int(), notReceived: z.number().int(), notHelping: z.number().int() });
export type GapCounts = z.infer<typeof GapCounts>;

export const PersonNeeds = z.object({
  personId: Id,
  name: z.string(),
  /** parent, child, other_adult, network_member (people.kind). */
  kind: z.string(),
  barriers: Barriers,
  mayEditBarriers: z.boolean(),
  mayAddNeed: z.boolean(),
  needs: z.array(Need),
});
export type PersonNeeds = z.infer<typeof PersonNeeds>;

/** One family's needs as the caller may read them (a worker: by the category rule; a family member: see needVisible). */
export const FamilyNeeds = z.object({
  people: z.array(PersonNeeds),
  gaps: GapCounts,
  /** How many needs the caller's agency may not read (category rule); the screen says some are not shared. */
  hiddenNeeds: z.number().int(),
});
export type FamilyNeeds = z.infer<typeof FamilyNeeds>;

export const NewNeedRequest = z.object({
  personId: Id,
  domain: z.enum(NEED_DOMAIN_KEYS, { error: 'Choose what this is about' }),
  words: Words(2000, 'Write what is needed, in your own words'),
  importance: z.enum(NEED_IMPORTANCE_KEYS, { error: 'Choose how much this matters' }),
  supportWanted: OptionalWords(2000),
  /** A worker says who raised it; a family member's need is always raised by them. */
  raisedBy: z.enum(NEED_RAISED_BY_KEYS).optional(),
  /** A worker keeps words the respectful-language check found, with a reason (issue 16 §1); a family member is never checked. */
  keepAsWritten: KeepAsWritten,
});
export type NewNeedRequest = z.infer<typeof NewNeedRequest>;

export const EditNeedRequest = z.object({
  domain: z.enum(NEED_DOMAIN_KEYS, { error: 'Choose what this is about' }),
  words: Words(2000, 'Write what is needed, in your own words'),
  importance: z.enum(NEED_IMPORTANCE_KEYS, { error: 'Choose how much this matters' }),
  supportWanted: OptionalWords(2000),
  status: z.enum(NEED_STATUS_KEYS, { error: 'Choose whether this is still needed' }),
  version: Version,
  /** A worker keeps words the check found in the words this save changes, with a reason. */
  keepAsWritten: KeepAsWritten,
});
export type EditNeedRequest = z.infer<typeof EditNeedRequest>;

export const NotRightRequest = z.object({ words: Words(2000, 'Say what is not right, in your own words') });

export const SaveBarriersRequest = z.object({
  childcare: OptionalWords(500),
  travelCost: OptionalWords(500),
  times: OptionalWords(500),
  language: OptionalWords(500),
  access: OptionalWords(500),
  caring: OptionalWords(500),
  version: VersionOrNew,
  /** A worker keeps words the check found in the barriers this save changes, with a reason (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export type SaveBarriersRequest = z.infer<typeof SaveBarriersRequest>;

/** Support offered by a worker, or found by the family themselves (no referral). */
export const NewSupportRequest = z.object({
  description: Words(500, 'Say what support was offered or found'),
  serviceId: z.string().max(200).nullish(),
  offeredOn: CalendarDate.optional(),
  receivedFrom: CalendarDate.nullish(),
  /** A worker's description of what they offer is read by the family: kept words need a reason. */
  keepAsWritten: KeepAsWritten,
});
export const UpdateSupportRequest = z.object({
  receivedFrom: CalendarDate.nullable(),
  receivedUntil: CalendarDate.nullable(),
  version: Version,
});
export const HelpedRequest = z.object({
  helped: z.enum(HELPED_KEYS, { error: 'Choose whether it helped' }),
  words: OptionalWords(2000),
});
export type HelpedRequest = z.infer<typeof HelpedRequest>;

export const NewReferralRequest = z.object({
  serviceId: z.string({ error: 'Choose a service from the directory' }).min(1, 'Choose a service from the directory').max(200),
  /** What the parent agreed may be shared, chosen as on the sharing page; at least "general" is implied by the words sent. */
  sharedCategories: z.array(z.enum(CONSENT_CATEGORY_KEYS)).max(CONSENT_CATEGORY_KEYS.length),
  sentText: Words(4000, 'Write what you are sending to the service'),
  /** A worker's referral: the lawful basis, and how the parent agreed when it is consent. */
  lawfulBasis: z.enum(LAWFUL_BASIS_KEYS).optional(),
  agreedHow: z.enum(AGREED_HOW_KEYS).optional(),
  /** The family reads what a worker sent about them, word for word: kept words need a reason. */
  keepAsWritten: KeepAsWritten,
});
export type NewReferralRequest = z.infer<typeof NewReferralRequest>;

export const ReferralStatusRequest = z.object({
  status: z.enum(REFERRAL_STATUS_KEYS, { error: 'Choose where the referral is now' }),
  statusOn: CalendarDate,
  reason: OptionalWords(1000),
  version: Version,
  /** The family reads a worker's reason for a step (why a referral was declined): kept words need a reason. */
  keepAsWritten: KeepAsWritten,
});
export type ReferralStatusRequest = z.infer<typeof ReferralStatusRequest>;
