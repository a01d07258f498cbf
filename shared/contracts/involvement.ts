// Contracts for the end of the service's involvement (issue 13 §8): the closing summary written for the family, the
// family's replies, how long the team may still read, and the reopening.
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { Text } from './common.ts';
import { KeepAsWritten, KeptAsWritten } from './respectful-words.ts';

export const CloseInvolvementRequest = z.object({
  summary: Text(8000).min(1, 'Write a summary for the family: what was done together, what is going well, and where to go for help'),
  /** The writer keeps words the respectful-language check found, with a reason (issue 16 §1; modules/words). */
  keepAsWritten: KeepAsWritten,
});
export type CloseInvolvementRequest = z.input<typeof CloseInvolvementRequest>;

export const ReopenInvolvementRequest = z.object({
  reason: Text(2000).min(1, 'Say why the service is working with the family again'),
  /** The parent reads the reason in the involvement history: words the respectful-language check found, kept (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export type ReopenInvolvementRequest = z.input<typeof ReopenInvolvementRequest>;

export const ClosingReplyRequest = z.object({ text: Text(4000).min(1, 'Write your reply') });

export const ClosingReply = z.object({
  id: z.string(),
  text: z.string(),
  /** The language the reply was written in (issue 16 §3): the parent's choice when they wrote it. */
  writtenIn: z.enum(LOCALES),
  author: z.string(),
  createdAt: z.string(),
});

export const Closure = z.object({
  id: z.string(),
  closedAt: z.string(),
  closedBy: z.string(),
  summary: z.string(),
  /** The words found in the summary that its writer kept (kept for older screens; keptAsWritten says why). */
  labelsKept: z.array(z.string()),
  /** For the care team only: the writer's "keep as written", with the reason (issue 16 §1). Never shown to the family. */
  keptAsWritten: KeptAsWritten.nullable(),
  teamReadUntil: z.string(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  reopenReason: z.string().nullable(),
  /** For the care team only: words of the reopening reason kept as written, and why (issue 16 §1). */
  reopenKeptAsWritten: KeptAsWritten.nullable(),
  replies: z.array(ClosingReply),
});
export type Closure = z.infer<typeof Closure>;

/** What a professional on the team sees: whether the involvement is open, and every closure with its replies. */
export const InvolvementStatus = z.object({
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
  teamReadUntil: z.string().nullable(),
  canClose: z.boolean(),
  canReopen: z.boolean(),
  closures: z.array(Closure),
});
export type InvolvementStatus = z.infer<typeof InvolvementStatus>;

/** What the parent reads: the latest closing summary (if any), with the family's replies. */
export const PortalClosingSummary = z.object({
  closed: z.boolean(),
  closure: Closure.omit({
    labelsKept: true,
    keptAsWritten: true,
    teamReadUntil: true,
    reopenReason: true,
    reopenKeptAsWritten: true,
  }).nullable(),
});
export type PortalClosingSummary = z.infer<typeof PortalClosingSummary>;
