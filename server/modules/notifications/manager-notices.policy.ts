// What a team manager is told (issue 18 §4), as pure rules: which level changes matter, the words of each notice, and the
// order a worker's list is read in (unread manager notices first, most urgent first, then everything else newest first).
import { dateInWords } from '../../../shared/domain/dates.ts';
import type { InvolvementLevel } from '../../../shared/domain/involvement-levels.ts';
import { MANAGER_NOTICE_URGENCY, type NotificationKind } from '../../../shared/domain/notifications.ts';

export type ManagerNoticeKind = (typeof MANAGER_NOTICE_URGENCY)[number];

/** Child protection or higher: the levels a team manager must hear of the moment a family of the team moves to them. */
export const CHILD_PROTECTION_OR_HIGHER: ReadonlySet<InvolvementLevel> = new Set([
  'child_protection_plan',
  'looked_after',
  'pre_proceedings',
]);

/** A change a manager is told of: to child protection or higher, from any other level (a move between those levels too). */
export const managerHearsOfLevelChange = (from: InvolvementLevel, to: InvolvementLevel) =>
  from !== to && CHILD_PROTECTION_OR_HIGHER.has(to);

const LEVEL_WORDS: Partial<Record<InvolvementLevel, string>> = {
  child_protection_plan: 'a child protection plan',
  looked_after: 'looked after (a child is living away from home)',
  pre_proceedings: 'pre-proceedings',
};

/**
 * The words of each notice, in English (a worker reads them), naming the family only by its display name as other worker
 * notices do: what happened and what to do, never anything written in the record.
 */
export const managerNotice = {
  childProtection: (level: InvolvementLevel) => (family: string) =>
    `Involvement with ${family} is now ${LEVEL_WORDS[level] ?? 'child protection or higher'}. Please check the plan and who is doing what.`,
  helpEscalated: (family: string) =>
    `A request for help from ${family} has not been answered in time and has come to you. Please read it and say what will happen.`,
  override: (family: string) =>
    `A safeguarding override was started for ${family}: information was shared without consent. Please check it is right and when it ends.`,
  withholdingOverdue: (reviewOn: string) => (family: string) =>
    `An entry in the record of ${family} is still kept from the parent and its review was due on ${dateInWords(reviewOn)}. Please make sure it is reviewed.`,
  minutesOverdue: (dueOn: string) => (family: string) =>
    `The minutes of a meeting with ${family} are late: they were due with the family by ${dateInWords(dueOn)}. The chair has been reminded; please check they are written and shared.`,
} as const;

/** 0 for the most urgent kind; null for a kind that is not a manager notice. */
export function urgencyRank(kind: NotificationKind): number | null {
  const i = (MANAGER_NOTICE_URGENCY as readonly NotificationKind[]).indexOf(kind);
  return i < 0 ? null : i;
}

type Listed = { id: string; kind: NotificationKind; read_at: Date | null; created_at: Date };

/** An unread manager notice: what comes first in a worker's list. */
export const needsAttention = (n: Pick<Listed, 'kind' | 'read_at'>) => n.read_at === null && urgencyRank(n.kind) !== null;

/**
 * A worker's list as it is read: unread manager notices first, most urgent first (then newest first), then everything
 * else newest first; each notification once, at most `limit`.
 */
export function inReadingOrder<T extends Listed>(rows: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  const unique = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
  const newest = (a: T, b: T) => b.created_at.getTime() - a.created_at.getTime();
  const first = unique.filter(needsAttention).sort((a, b) => (urgencyRank(a.kind) ?? 0) - (urgencyRank(b.kind) ?? 0) || newest(a, b));
  const rest = unique.filter((r) => !needsAttention(r)).sort(newest);
  return [...first, ...rest].slice(0, limit);
}
