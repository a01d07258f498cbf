// API shapes for consent and sharing (issue 5), taken type-only from the shared contracts so no validation code ships to the browser.
import type { z } from 'zod';
import type {
  ActiveOverride as ActiveOverrideSchema,
  AuditSearchResult,
  ChainStatus as ChainStatusSchema,
  EmergencyAccessView,
  ReviewQueue,
  SharingOverview,
} from '../../shared/contracts/consents.ts';

export type { ReviewQueue, SharingOverview };
export type WhoCanSee = SharingOverview['whoCanSee'][number];
export type Consent = SharingOverview['consents'][number];
export type ConsentRequest = SharingOverview['requests'][number];
export type Share = SharingOverview['shares'][number];
export type ActiveOverride = z.infer<typeof ActiveOverrideSchema>;
export type QueuedOverride = ReviewQueue['overrides'][number];
export type QueuedEmergencyAccess = ReviewQueue['emergencyAccesses'][number];
export type WithholdingPastReview = ReviewQueue['withholdingsPastReview'][number];
export type AuditRow = z.infer<typeof AuditSearchResult>['rows'][number];
export type ChainStatus = z.infer<typeof ChainStatusSchema>;
export type EmergencyAccess = z.infer<typeof EmergencyAccessView>;

/** A subject access export's progress: `content` is the whole copy as data once it is ready. */
export type ExportStatus = { id: string; status: 'pending' | 'ready' | 'failed'; content?: unknown; error?: string | null };
