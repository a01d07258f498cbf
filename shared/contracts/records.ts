// Record entry contracts: creating, editing (with version), withholding, marking in error, replies.

import { z } from 'zod';
import {
  ENTRY_CHANGES,
  ENTRY_KIND_KEYS,
  INFORMATION_CATEGORY_KEYS,
  REPLY_AUTHOR_KINDS,
  REPLY_KIND_KEYS,
  WITHHOLDING_REASON_KEYS,
  WITHHOLDING_SCOPES,
} from '../domain/records.ts';
import { LOCALES } from '../i18n/locales.ts';
import { HappenedAt, ReviewDate, Text, Version } from './common.ts';
import { KeepAsWritten, KeptAsWritten } from './respectful-words.ts';

export const EntryKind = z.enum(ENTRY_KIND_KEYS);
export const InformationCategory = z.enum(INFORMATION_CATEGORY_KEYS);
export const WithholdingReason = z.enum(WITHHOLDING_REASON_KEYS);
export const WithholdingScope = z.enum(WITHHOLDING_SCOPES);
export const ReplyKind = z.enum(REPLY_KIND_KEYS);

export const Decision = z.object({
  optionsConsidered: z.string().trim().min(1, 'Say which options were considered').max(5000),
  reasons: z.string().trim().min(1, 'Give the reasons for the decision').max(5000),
  decidedBy: z.string().trim().min(1, 'Say who made the decision').max(300),
  parentView: z.string().trim().max(5000).default(''),
  howToChallenge: z.string().trim().min(1, 'Explain in plain words how the family can challenge this decision').max(5000),
});
export type Decision = z.infer<typeof Decision>;

export const Withholding = z.object({
  /** 'part' keeps only `restrictedText` from the parent; 'whole' keeps the whole entry. */
  scope: WithholdingScope,
  reason: WithholdingReason,
  reviewOn: ReviewDate,
});

export const CreateEntryRequest = z
  .object({
    kind: EntryKind,
    occurredAt: HappenedAt,
    category: InformationCategory,
    text: Text(50_000).min(1, 'Write what happened'),
    /** A part of the entry kept from the parent (with `withholding.scope = 'part'`). */
    restrictedText: z.string().trim().max(50_000).optional(),
    presentPersonIds: z.array(z.uuid()).max(50).default([]),
    presentStaffIds: z.array(z.uuid()).max(50).default([]),
    /** People in the family the entry is about; a young person sees entries about them. */
    aboutPersonIds: z.array(z.uuid()).max(50).default([]),
    decision: Decision.optional(),
    withholding: Withholding.optional(),
    /** The writer keeps words the respectful-language check found (issue 16 §1; modules/words). */
    keepAsWritten: KeepAsWritten,
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'decision' && !v.decision)
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message: 'A decision needs its options, reasons, who decided and how to challenge it',
      });
    if (v.restrictedText && v.withholding?.scope !== 'part')
      ctx.addIssue({ code: 'custom', path: ['withholding'], message: 'Give a reason and a review date for the part kept from the parent' });
    if (v.withholding?.scope === 'part' && !v.restrictedText)
      ctx.addIssue({ code: 'custom', path: ['restrictedText'], message: 'Write the part to keep from the parent' });
  });
export type CreateEntryRequest = z.input<typeof CreateEntryRequest>;

export const EditEntryRequest = z.object({
  /** The version the editor read; a stale one gets 409 with the current entry. */
  version: Version,
  text: Text(50_000).min(1, 'Write what happened'),
  restrictedText: z.string().trim().max(50_000).nullable().optional(),
  category: InformationCategory,
  occurredAt: HappenedAt,
  decision: Decision.optional(),
  changeNote: z.string().trim().min(1, 'Say briefly why you are changing it').max(1000),
  keepAsWritten: KeepAsWritten,
});
export type EditEntryRequest = z.input<typeof EditEntryRequest>;

export const WithholdRequest = z.object({
  version: Version,
  withholding: Withholding.nullable(),
  restrictedText: z.string().trim().max(50_000).nullable().optional(),
});
export const HidePlaceholderRequest = z.object({
  reason: z.string().trim().min(10, 'Explain why even showing that something is withheld would put someone at risk').max(2000),
});
export const EnteredInErrorRequest = z.object({
  version: Version,
  reason: z.string().trim().min(5, 'Say why this entry was made in error').max(2000),
  /** The family reads the reason: the writer keeps words the respectful-language check found (issue 16 §1; modules/words). */
  keepAsWritten: KeepAsWritten,
});
export const ReplyRequest = z.object({
  kind: ReplyKind,
  text: Text(10_000).min(1, 'Write your reply'),
  keepAsWritten: KeepAsWritten,
});

export const Reply = z.object({
  id: z.string(),
  kind: ReplyKind,
  kindLabel: z.string(),
  text: z.string(),
  /** The language the reply was written in (issue 16 §3): the writer's choice for a family member, 'en' for the team. */
  writtenIn: z.enum(LOCALES),
  authorName: z.string(),
  /** The role in English words (the professionals' screens and the export); `authorKind` and `authorJobTitle` word it elsewhere. */
  authorRole: z.string(),
  authorKind: z.enum(REPLY_AUTHOR_KINDS),
  /** A team member's job title as written on their account; null for a family member. */
  authorJobTitle: z.string().nullable(),
  createdAt: z.string(),
});

/** A reply as the care team sees it: with the writer's "keep as written", when a professional's reply kept words. */
export const TeamReply = Reply.extend({ keptAsWritten: KeptAsWritten.nullable() });

export const EntryVersion = z.object({
  version: z.number(),
  text: z.string(),
  /** Present only for viewers allowed to see the withheld part. */
  restrictedText: z.string().nullable(),
  editedByName: z.string(),
  editedAt: z.string(),
  changeNote: z.string().nullable(),
});

/** A professional's view of an entry (everything, including what is withheld from the parent). */
export const Entry = z.object({
  id: z.string(),
  familyId: z.string(),
  kind: EntryKind,
  kindLabel: z.string(),
  occurredAt: z.string(),
  category: InformationCategory,
  categoryLabel: z.string(),
  authorStaffId: z.string(),
  /** The agency that wrote it (fixed at writing): its record, and only it may change the entry. */
  authorOrganisationId: z.string(),
  authorName: z.string(),
  authorJobTitle: z.string(),
  authorOrganisation: z.string(),
  presentPeople: z.array(z.object({ id: z.string(), name: z.string() })),
  presentStaff: z.array(z.object({ id: z.string(), name: z.string() })),
  aboutPersonIds: z.array(z.string()),
  text: z.string(),
  restrictedText: z.string().nullable(),
  decision: Decision.nullable(),
  withholding: z
    .object({
      scope: WithholdingScope,
      reason: WithholdingReason,
      reasonLabel: z.string(),
      reviewOn: z.string(),
      decidedByName: z.string(),
      placeholderHidden: z.boolean(),
    })
    .nullable(),
  enteredInError: z
    .object({
      reason: z.string(),
      at: z.string(),
      byName: z.string(),
      /** For the care team only: words of the reason kept as written, and why (issue 16 §1). */
      keptAsWritten: KeptAsWritten.nullable(),
    })
    .nullable(),
  version: z.number(),
  /** Earlier versions the reader may read: each only if its own category lets them (access/scope.ts). */
  versions: z.array(EntryVersion),
  /**
   * For the care team only, beside the version each was saved with: the words the respectful-language check found that
   * the writer kept, and why (issue 16 §1). Never in the family's view of the entry (PortalEntry) nor in their export.
   */
  keptAsWritten: z.array(KeptAsWritten),
  replies: z.array(TeamReply),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the reader may do to this entry now (access/entry-policy.ts), so a screen offers only these. */
  allowedChanges: z.array(z.enum(ENTRY_CHANGES)),
});
export type Entry = z.infer<typeof Entry>;

export const EntryList = z.object({ entries: z.array(Entry), nextCursor: z.string().nullable() });
export type EntryList = z.infer<typeof EntryList>;

/** What a parent or young person receives: withheld text never leaves the server. */
export const PortalEntry = z.discriminatedUnion('withheld', [
  z.object({
    withheld: z.literal(false),
    id: z.string(),
    kind: EntryKind,
    kindLabel: z.string(),
    occurredAt: z.string(),
    /** The information category's key, worded on the family's page in their language (`categoryLabel`: its English). */
    category: InformationCategory,
    categoryLabel: z.string(),
    authorName: z.string(),
    authorJobTitle: z.string(),
    authorOrganisation: z.string(),
    presentNames: z.array(z.string()),
    text: z.string(),
    /**
     * Set when part of the entry is kept back: the reason (its key, worded on the family's page; its English label and plain
     * words for the export) and when it will be looked at again.
     */
    partWithheld: z
      .object({ reason: WithholdingReason, reasonLabel: z.string(), reasonPlain: z.string(), reviewOn: z.string() })
      .nullable(),
    decision: Decision.nullable(),
    enteredInError: z.object({ reason: z.string(), at: z.string() }).nullable(),
    edited: z.boolean(),
    versions: z.array(z.object({ version: z.number(), text: z.string(), editedAt: z.string(), changeNote: z.string().nullable() })),
    replies: z.array(Reply),
  }),
  z.object({
    withheld: z.literal(true),
    id: z.string(),
    occurredAt: z.string(),
    /** Why it is kept back, by key (worded on the family's page); `reasonLabel` and `reasonPlain` are its English. */
    reason: WithholdingReason,
    reasonLabel: z.string(),
    reasonPlain: z.string(),
    reviewOn: z.string(),
  }),
]);
export type PortalEntry = z.infer<typeof PortalEntry>;
export const PortalRecord = z.object({ entries: z.array(PortalEntry), nextCursor: z.string().nullable() });
export type PortalRecord = z.infer<typeof PortalRecord>;

/** Who did something, for wording on the family's page: the viewer, someone on the care team, a family member, or Umbrella. */
export const ACCESS_LOG_BY = ['you', 'professional', 'parent', 'young_person', 'network_member', 'system'] as const;

/**
 * One line of "Who has looked". `who`, `role` and `what` are the English words (the export); the family's page words the
 * line in its language from `by`, `action` (the audit action, one message each) and what people's accounts say as
 * written (`name`, `jobTitle`, `organisation`).
 */
export const AccessLogItem = z.object({
  at: z.string(),
  who: z.string(),
  role: z.string(),
  organisation: z.string().nullable(),
  what: z.string(),
  action: z.string(),
  by: z.enum(ACCESS_LOG_BY),
  name: z.string().nullable(),
  jobTitle: z.string().nullable(),
});
export const AccessLog = z.object({ items: z.array(AccessLogItem), nextCursor: z.string().nullable() });
export type AccessLog = z.infer<typeof AccessLog>;
