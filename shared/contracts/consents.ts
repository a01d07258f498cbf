// Consent and sharing contracts (P12): what the parent sees and manages, requests, overrides,
// emergency access, and the information governance lead's queue.
import { z } from 'zod';
import { AGREED_HOW_KEYS } from '../domain/needs.ts';
import {
  CONSENT_CATEGORY_KEYS,
  CONSENT_REQUEST_STATUSES,
  DECIDER_ROLES,
  DISCLOSURE_ROUTES,
  OVERRIDE_BASES,
  SEE_REASONS,
} from '../domain/sharing.ts';
import { LOCALES } from '../i18n/locales.ts';
import { CalendarDate, DateTime } from './common.ts';

/** The language someone's words were written in (issue 16 §3): a family member's choice, or the professionals' English. */
const WrittenIn = z.enum(LOCALES);

export const ConsentCategory = z.enum(CONSENT_CATEGORY_KEYS);

export const GrantConsentRequest = z
  .object({
    category: ConsentCategory,
    recipientOrganisationId: z.uuid().optional(),
    recipientStaffId: z.uuid().optional(),
    purpose: z.string().trim().min(3, 'Say what it is for').max(500),
    endsOn: CalendarDate.nullable().optional(),
  })
  .refine((v) => Boolean(v.recipientOrganisationId) !== Boolean(v.recipientStaffId), {
    path: ['recipientOrganisationId'],
    message: 'Choose one service or one person',
  });

export const AnswerConsentRequest = z.object({ accept: z.boolean(), endsOn: CalendarDate.nullable().optional() });
export const AskForConsentRequest = z.object({
  category: ConsentCategory,
  reason: z.string().trim().min(10, 'Explain in plain words why you need it').max(1000),
});

export const Consent = z.object({
  id: z.string(),
  category: ConsentCategory,
  categoryLabel: z.string(),
  recipient: z.string(),
  purpose: z.string(),
  /** The purpose's language: the family member's who wrote it, or English for a worker's request they accepted. */
  purposeWrittenIn: WrittenIn,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  status: z.enum(['active', 'withdrawn', 'expired', 'not_started']),
  withdrawnAt: z.string().nullable(),
  /** A young person's consent for information about themselves. */
  aboutSomeone: z.boolean(),
  /** Whether the person looking may withdraw it (a parent: the family's; a young person: their own). */
  youCanChange: z.boolean(),
});
export const ConsentRequestView = z.object({
  id: z.string(),
  category: ConsentCategory,
  categoryLabel: z.string(),
  askedBy: z.string(),
  recipient: z.string(),
  reason: z.string(),
  status: z.enum(CONSENT_REQUEST_STATUSES),
  createdAt: z.string(),
});
export const Share = z.object({
  id: z.string(),
  when: z.string(),
  via: z.enum(DISCLOSURE_ROUTES),
  recipient: z.string(),
  purpose: z.string(),
  purposeWrittenIn: WrittenIn,
  categories: z.array(z.string()),
  /** The kinds of information by key, for the page to word. */
  categoryKeys: z.array(z.string()),
  lawfulBasis: z.string(),
  /** The lawful basis by key. */
  lawfulBasisKey: z.string(),
  lawfulBasisPlain: z.string(),
  /** Who decided, as written at the time (English; the professionals' screens show it). */
  decidedBy: z.string(),
  /**
   * Who decided, in parts, for the family's page to word: their name, their organisation (a worker's), in what role, and
   * for a worker's referral how and whose agreement it had. Null when the log cannot say more than `decidedBy`.
   */
  decider: z
    .object({
      name: z.string(),
      organisation: z.string().nullable(),
      as: z.enum(DECIDER_ROLES),
      agreedHow: z.enum(AGREED_HOW_KEYS).nullable(),
      agreedBy: z.string().nullable(),
    })
    .nullable(),
});
export const WhoCanSee = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  people: z.array(z.string()),
  categories: z.array(
    z.object({
      category: z.string(),
      label: z.string(),
      /** Why, in English (the professionals' screens). */
      why: z.string(),
      /** Why, by key, for the family's page to word: with the end date and the family's own purpose where there are. */
      reason: z.enum(SEE_REASONS),
      until: z.string().nullable(),
      purpose: z.string().nullable(),
      purposeWrittenIn: WrittenIn.nullable(),
    }),
  ),
});
/** An override in force now, for the professionals' view (the parent's view leaves this out). */
export const ActiveOverride = z.object({
  id: z.string(),
  recipient: z.string(),
  categories: z.array(z.string()),
  endsAt: z.string(),
  parentTold: z.boolean(),
  reviewed: z.boolean(),
});
export const SharingOverview = z.object({
  whoCanSee: z.array(WhoCanSee),
  consents: z.array(Consent),
  requests: z.array(ConsentRequestView),
  shares: z.array(Share),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Professionals only: overrides in force now, so one can be ended. */
  overrides: z.array(ActiveOverride).optional(),
});
export type SharingOverview = z.infer<typeof SharingOverview>;

export const StartOverrideRequest = z.object({
  categories: z.array(ConsentCategory).min(1, 'Choose at least one kind of information'),
  recipientOrganisationId: z.uuid(),
  lawfulBasis: z.enum(OVERRIDE_BASES),
  justification: z.string().trim().min(20, 'Explain why sharing without consent is necessary').max(4000),
  endsAt: DateTime,
  tellParent: z.boolean(),
  notTellingReason: z.string().trim().max(2000).optional(),
});
export const RenewOverrideRequest = z.object({
  endsAt: DateTime,
  justification: z.string().trim().min(20).max(4000),
});
export const ReviewOverrideRequest = z.object({
  release: z.boolean(),
  note: z.string().trim().min(3, 'Write a note for the record').max(2000),
});

export const StartEmergencyAccessRequest = z.object({
  familyIds: z.array(z.string().max(100)).min(1, 'Choose the family'),
  reason: z.string().trim().max(2000),
  code: z.string().trim(),
});
export const EmergencyAccessView = z.object({ id: z.string(), familyId: z.string(), startedAt: z.string(), endsAt: z.string() });
export const ReviewNoteRequest = z.object({ note: z.string().trim().min(3, 'Write a note for the record').max(2000) });

export const ReviewQueue = z.object({
  overrides: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      recipient: z.string(),
      categories: z.array(z.string()),
      lawfulBasis: z.string(),
      justification: z.string(),
      createdBy: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      parentTold: z.boolean(),
      notTellingReason: z.string().nullable(),
      reviewDueAt: z.string().nullable(),
      reviewed: z.boolean(),
    }),
  ),
  emergencyAccesses: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      who: z.string(),
      organisation: z.string(),
      reason: z.string(),
      startedAt: z.string(),
      endsAt: z.string(),
      endedAt: z.string().nullable(),
      reviewed: z.boolean(),
    }),
  ),
  withholdingsPastReview: z.array(
    z.object({ familyId: z.string(), familyName: z.string(), entryId: z.string(), author: z.string(), reviewOn: z.string() }),
  ),
  /** Young people invited without their parent being told (issue 13 §5): the worker's reason, to review. */
  youngPeopleInvitedWithoutParent: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      youngPerson: z.string(),
      invitedBy: z.string(),
      reason: z.string(),
      invitedAt: z.string(),
    }),
  ),
  /** Worries raised about a parent that a key worker did not tell her of, for a safeguarding reason (issue 14 §1). */
  worriesNotToldToParent: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      raisedBy: z.string(),
      decidedBy: z.string(),
      reason: z.string(),
      decidedAt: z.string(),
    }),
  ),
});
export type ReviewQueue = z.infer<typeof ReviewQueue>;

export const AuditSearch = z.object({
  familyId: z.uuid().optional(),
  personId: z.uuid().optional(),
  accountId: z.uuid().optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const AuditRow = z.object({
  at: z.string(),
  action: z.string(),
  outcome: z.string(),
  actorKind: z.string(),
  actorName: z.string().nullable(),
  familyId: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.string(),
});
export const AuditSearchResult = z.object({ rows: z.array(AuditRow) });
/** A checkpoint of every audit chain's head, kept outside the database (signed with the audit key). */
export const AuditCheckpoint = z.object({
  at: z.string(),
  reason: z.enum(['start', 'interval', 'shutdown', 'manual']),
  streams: z.number(),
  events: z.number(),
  /** The start of its signature, to compare a kept copy by eye. */
  signature: z.string(),
  /** The whole signed line, for the information governance lead to keep. */
  line: z.string(),
});
export const AuditCheckpointStatus = z.object({ configured: z.boolean(), latest: AuditCheckpoint.nullable() });
export const ChainStatus = z.object({
  ok: z.boolean(),
  streams: z.number(),
  events: z.number(),
  problems: z.array(z.object({ stream: z.number().nullable(), seq: z.number().nullable(), kind: z.string(), message: z.string() })),
  /** What the database was compared with outside itself; null when no checkpoint file is configured. */
  checkpoints: z.object({ lines: z.number(), latest: AuditCheckpoint.nullable() }).nullable(),
  checkedAt: z.string(),
});
