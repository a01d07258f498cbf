// The audit action catalogue: the writer takes only its actions, with details of their listed shape.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, actionsWhere, checkAuditEvent, familyWords } from './audit-actions.ts';

describe('the audit action catalogue', () => {
  it('refuses an action it does not list, and details with a field it does not list or of the wrong type', () => {
    expect(() => checkAuditEvent('entry.deleted', {})).toThrow(/not in server\/audit\/audit-actions.ts/);
    expect(() => checkAuditEvent('entry.viewed', { text: 'the words of the entry' })).toThrow(/do not match/);
    expect(() => checkAuditEvent('consent.withdrawn', { category: 3 })).toThrow(/do not match/);
    expect(() => checkAuditEvent('consent.withdrawn', { category: 'mental_health' })).not.toThrow();
    expect(() => checkAuditEvent('family.viewed', undefined)).not.toThrow();
  });

  it('names every action noun.verbed, in plain words, as a read or a change, with a rule for the family', () => {
    for (const [action, d] of Object.entries(AUDIT_ACTIONS)) {
      expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(d.words.length).toBeGreaterThan(3);
      expect(['read', 'change']).toContain(d.kind);
    }
    // Sign-ins and the governance console are never shown to a family; overrides only under their own rule.
    expect(actionsWhere('yes').some((a) => a.startsWith('session.') || a.startsWith('governance.') || a.startsWith('override.'))).toBe(
      false,
    );
    expect(actionsWhere('override')).toContain('override.started');
    expect(actionsWhere('entry')).toContain('entry.placeholder_hidden');
    expect(familyWords('entry.viewed')).toBe('Read something written about you');
    expect(familyWords('something.older')).toBe('Looked at or changed the record');
  });
});
