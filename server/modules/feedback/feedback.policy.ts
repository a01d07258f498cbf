// Who may see a piece of the family's feedback, and how: the person who gave it all of theirs; the worker it is about only
// what was given to them by name; a manager her own team's, without who gave it; nobody else anything.
import type { FeedbackShownAs } from '../../../shared/domain/learning.ts';
import type { StaffRole } from '../../db/schema.ts';

/** The fewest answers in a month for a worker's averages to be shown: below it, one family's answer could be worked out. */
export const FEWEST_TO_AVERAGE = 5;

export type FeedbackFacts = { personId: string; staffId: string | null; teamId: string | null; shownAs: FeedbackShownAs };

export type FeedbackViewer =
  | { kind: 'family_member'; personId: string }
  | { kind: 'worker'; staffId: string; role: StaffRole; teamId: string | null };

/**
 * - `own`: the person who gave it, everything (named and team-only).
 * - `named`: the worker it is about, given to them by name: with the person's first name and the day.
 * - `team`: a manager of the team it stays with: the words and answers, the worker and the month, never who gave it.
 * - `none`: anyone else; a team-only piece is never shown to the worker one by one.
 */
export type FeedbackSight = 'own' | 'named' | 'team' | 'none';

const MANAGES_TEAM: readonly StaffRole[] = ['team_manager', 'service_manager'];

export function feedbackSight(viewer: FeedbackViewer, f: FeedbackFacts): FeedbackSight {
  if (viewer.kind === 'family_member') return viewer.personId === f.personId ? 'own' : 'none';
  if (f.shownAs === 'named' && f.staffId !== null && viewer.staffId === f.staffId) return 'named';
  // Team-only is never the worker's one by one, even when the worker is the team's manager.
  if (f.shownAs === 'team_only' && f.staffId !== null && viewer.staffId === f.staffId) return 'none';
  if (MANAGES_TEAM.includes(viewer.role) && viewer.teamId !== null && viewer.teamId === f.teamId) return 'team';
  return 'none';
}

/** A month's average of one question, to one decimal place, or null when it has too few answers to show. */
export function monthAverage(scores: readonly (number | null)[]): number | null {
  const given = scores.filter((s): s is number => s !== null);
  if (given.length < FEWEST_TO_AVERAGE) return null;
  return Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10;
}
