// The closed-family rule as one table: actor × the family's state × read or change → seen, and the change allowed.
// Through the API the same rule is tested in modules/involvement/involvement.test.ts.
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { closedFamilyChange, closedFamilyVisible, type FamilyState, familyState } from './closed-family.ts';

const ACTORS: Actor['kind'][] = ['professional', 'parent', 'young_person', 'network_member', 'other_parent', 'system'];
const STATES: FamilyState[] = ['open', 'closed', 'closed_past_window'];

// Each cell: read (R: seen by a GET) and change (C: an ordinary change allowed, c: only reopening, ·: not seen).
// Columns: open, closed, closed past the window.
const POLICY: Record<Actor['kind'] & string, string> = {
  professional: '  RC Rc ·c',
  parent: '        RC RC RC',
  young_person: '  RC RC RC',
  network_member: 'RC RC RC',
  other_parent: '  RC RC RC',
  system: '        RC RC RC',
  anonymous: '     RC RC RC',
};

describe('closed families, as a table', () => {
  for (const actor of ACTORS) {
    const cells = (POLICY[actor] ?? '').trim().split(/\s+/);
    STATES.forEach((state, i) => {
      const cell = cells[i] ?? '';
      it(`${actor}, ${state}: ${cell}`, () => {
        expect(closedFamilyVisible(actor, state, 'read')).toBe(cell[0] === 'R');
        expect(closedFamilyChange(actor, state, 'entry.created') === null).toBe(cell[1] === 'C');
        // Reopening is never refused by this rule (who may reopen is the involvement module's rule).
        expect(closedFamilyChange(actor, state, 'involvement.reopened')).toBeNull();
      });
    });
  }

  it('a refused change is a 409 that says to reopen first', () => {
    const refusal = closedFamilyChange('professional', 'closed', 'entry.created');
    expect(refusal?.statusCode).toBe(409);
    expect(refusal?.message).toMatch(/closed.*reopen it first/);
  });

  it('the state comes from the family row and the clock', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    expect(familyState({ closed_at: null, team_read_until: null }, now)).toBe('open');
    expect(familyState({ closed_at: '2027-01-01T00:00:00Z', team_read_until: '2027-04-01T00:00:00Z' }, now)).toBe('closed');
    expect(familyState({ closed_at: '2026-01-01T00:00:00Z', team_read_until: '2026-04-01T00:00:00Z' }, now)).toBe('closed_past_window');
  });
});
