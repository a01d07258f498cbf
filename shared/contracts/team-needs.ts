// Contract of the team's view of the gap (issue 15 §4): across a team manager's caseload, the needs families raise
// against the support they receive, and the median wait, by area of life, with small numbers suppressed.
import { z } from 'zod';
import { NEED_DOMAIN_KEYS } from '../domain/needs.ts';

/** A number of families: null means "fewer than 5" (1 to 4), so no family can be picked out. */
export const FamilyCount = z.number().int().nullable();

export const TeamNeedsRow = z.object({
  domain: z.enum(NEED_DOMAIN_KEYS),
  /** Families with a need in this area (raised in the period). */
  familiesRaised: FamilyCount,
  /** Families who received support for a need in this area. */
  familiesReceived: FamilyCount,
  /** Families with a need here still waiting: asked for but not offered, or offered but not started. */
  familiesWaiting: FamilyCount,
  /** Median days from a need being raised to support starting; null when fewer than 5 families received any. */
  medianWaitDays: z.number().nullable(),
});
export type TeamNeedsRow = z.infer<typeof TeamNeedsRow>;

export const TeamNeedsView = z.object({
  teamName: z.string(),
  /** Families on the team's caseload (any team member on the care team now); null when fewer than 5. */
  families: FamilyCount,
  from: z.string(),
  to: z.string(),
  /** Most raised first. */
  rows: z.array(TeamNeedsRow),
  /** When these numbers were counted (they are kept a few minutes: TEAM_VIEW_CACHE_SECONDS). */
  countedAt: z.string(),
});
export type TeamNeedsView = z.infer<typeof TeamNeedsView>;

export const TeamNeedsQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
