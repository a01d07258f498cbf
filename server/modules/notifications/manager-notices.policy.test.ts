// The pure rules of what a team manager is told (manager-notices.policy.ts), as tables: which level changes reach the
// managers, and the order a worker's list is read in.
import { describe, expect, it } from 'vitest';
import { INVOLVEMENT_LEVELS, type InvolvementLevel } from '../../../shared/domain/involvement-levels.ts';
import type { NotificationKind } from '../../../shared/domain/notifications.ts';
import { inReadingOrder, managerHearsOfLevelChange, managerNotice, needsAttention, urgencyRank } from './manager-notices.policy.ts';

/** [from, to, told]: every move to child protection or higher, and nothing else. */
const LEVEL_CHANGES: [InvolvementLevel, InvolvementLevel, boolean][] = [
  ['child_in_need', 'child_protection_plan', true],
  ['early_help', 'child_protection_plan', true],
  ['none', 'pre_proceedings', true],
  ['child_protection_plan', 'looked_after', true],
  ['looked_after', 'pre_proceedings', true],
  ['child_protection_plan', 'child_protection_plan', false],
  ['child_protection_plan', 'child_in_need', false],
  ['early_help', 'child_in_need', false],
  ['none', 'early_help', false],
  ['looked_after', 'none', false],
];

describe('which level changes a manager hears of', () => {
  it.each(LEVEL_CHANGES)('%s → %s: told %s', (from, to, told) => {
    expect(managerHearsOfLevelChange(from, to)).toBe(told);
  });

  it('every level of child protection or higher is named in the words', () => {
    for (const level of INVOLVEMENT_LEVELS.filter((l) => managerHearsOfLevelChange('none', l))) {
      expect(managerNotice.childProtection(level)('The Family')).not.toContain('or higher');
    }
  });
});

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 10, minutes));
const row = (id: string, kind: NotificationKind, minutes: number, read = false) => ({
  id,
  kind,
  created_at: at(minutes),
  read_at: read ? at(minutes + 1) : null,
});

/** [case, rows, expected ids in order]. */
const ORDERS: [string, ReturnType<typeof row>[], string[]][] = [
  [
    'ordinary only: newest first',
    [row('a', 'entry_reply', 1), row('b', 'plan_changed', 3), row('c', 'help_requested', 2)],
    ['b', 'c', 'a'],
  ],
  [
    'unread manager notices before newer ordinary ones, most urgent first',
    [
      row('minutes', 'manager_minutes_overdue', 5),
      row('newest', 'entry_reply', 9),
      row('cp', 'manager_child_protection', 1),
      row('override', 'manager_override', 4),
      row('help', 'manager_help_escalated', 2),
      row('withheld', 'manager_withholding_overdue', 3),
    ],
    ['cp', 'help', 'override', 'withheld', 'minutes', 'newest'],
  ],
  [
    'the same urgency: newest first',
    [row('old', 'manager_override', 1), row('new', 'manager_override', 2), row('x', 'entry_reply', 3)],
    ['new', 'old', 'x'],
  ],
  [
    'a read manager notice takes its place by date',
    [row('read', 'manager_child_protection', 8, true), row('unread', 'manager_minutes_overdue', 1), row('x', 'entry_reply', 5)],
    ['unread', 'read', 'x'],
  ],
  [
    'a notification read twice (in both reads) is listed once',
    [row('cp', 'manager_child_protection', 1), row('x', 'entry_reply', 2), row('cp', 'manager_child_protection', 1)],
    ['cp', 'x'],
  ],
];

describe('the order a worker’s list is read in', () => {
  it.each(ORDERS)('%s', (_case, rows, ids) => {
    expect(inReadingOrder(rows, 100).map((r) => r.id)).toEqual(ids);
  });

  it('keeps at most the limit, the most urgent kept', () => {
    const rows = [row('x', 'entry_reply', 9), row('y', 'entry_reply', 8), row('cp', 'manager_child_protection', 1)];
    expect(inReadingOrder(rows, 2).map((r) => r.id)).toEqual(['cp', 'x']);
  });

  it('only the five manager kinds, unread, need attention', () => {
    expect(urgencyRank('manager_child_protection')).toBe(0);
    expect(urgencyRank('manager_minutes_overdue')).toBe(4);
    expect(urgencyRank('help_escalated')).toBeNull();
    expect(needsAttention({ kind: 'manager_override', read_at: null })).toBe(true);
    expect(needsAttention({ kind: 'manager_override', read_at: at(1) })).toBe(false);
    expect(needsAttention({ kind: 'override_started', read_at: null })).toBe(false);
  });
});
