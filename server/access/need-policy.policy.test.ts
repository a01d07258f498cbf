// Who may change a need, its support and its referrals (access/need-policy.ts), as one table: each caller (kind or role) ×
// their relation to the person and the need × each action → may or not. The API tests (modules/support) hold the same
// rule through the routes; this table is the whole of it.
import { describe, expect, it } from 'vitest';
import { mayOnNeed, NEED_ACTIONS, type NeedAction, type NeedFacts, NO_FACTS, whoMay } from './need-policy.ts';

type Row = { who: string; facts: Partial<NeedFacts>; may: readonly NeedAction[] };

const family = (actor: NeedFacts['actor'], relation: Partial<NeedFacts>): Partial<NeedFacts> => ({ actor, ...relation });
const worker = (relation: Partial<NeedFacts>): Partial<NeedFacts> => ({ actor: 'professional', ...relation });

const FAMILY_WROTE_IT = { needByWorker: false };
const WORKER_WROTE_IT = { needByWorker: true };
const FAMILY_SUPPORT = { supportByFamily: true };

const ROWS: Row[] = [
  // The person themselves, about a need they (or their family) wrote.
  {
    who: 'parent, herself, family wrote it',
    facts: family('parent', { self: true, ...FAMILY_WROTE_IT }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  {
    who: 'parent, herself, a worker wrote it',
    facts: family('parent', { self: true, ...WORKER_WROTE_IT }),
    may: ['add', 'status', 'not_right', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  {
    who: 'parent, herself, her own self-referral',
    facts: family('parent', { self: true, ...FAMILY_SUPPORT }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'update_referral', 'say_helped'],
  },
  {
    who: 'young person, himself, family wrote it',
    facts: family('young_person', { self: true }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  {
    who: 'young person, himself, a worker wrote it',
    facts: family('young_person', { self: true, ...WORKER_WROTE_IT }),
    may: ['add', 'status', 'not_right', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  {
    who: 'other parent, himself',
    facts: family('other_parent', { self: true, ...FAMILY_SUPPORT }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'update_referral', 'say_helped'],
  },
  // A parent for a child.
  {
    who: 'parent of the child, family wrote it',
    facts: family('parent', { parentOf: true }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  {
    who: 'parent of the child, a worker wrote it, worker’s referral',
    facts: family('parent', { parentOf: true, ...WORKER_WROTE_IT }),
    may: ['add', 'status', 'not_right', 'add_support', 'update_support', 'refer', 'say_helped'],
  },
  // The other parent for his children: he writes for them, but "did it help" is the child's or the parent's to say.
  {
    who: 'other parent of the child, family wrote it',
    facts: family('other_parent', { otherParentOf: true, ...FAMILY_SUPPORT }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'update_referral'],
  },
  {
    who: 'other parent of the child, a worker wrote it',
    facts: family('other_parent', { otherParentOf: true, ...WORKER_WROTE_IT }),
    may: ['add', 'status', 'not_right', 'add_support', 'update_support', 'refer'],
  },
  // Family members about someone they do not write for.
  { who: 'young person, about his mother', facts: family('young_person', {}), may: [] },
  { who: 'other parent, about the mother', facts: family('other_parent', {}), may: [] },
  { who: 'parent, about an adult of the family', facts: family('parent', {}), may: [] },
  { who: 'network member, about anyone', facts: family('network_member', { self: true }), may: [] },
  { who: 'parent, for a network member (she cannot be “parent of”)', facts: family('parent', { personIsNetworkMember: true }), may: [] },
  // Workers.
  {
    who: 'worker of the writer’s agency, their offer',
    facts: worker({ ...WORKER_WROTE_IT, needOwnAgency: true, supportOwnAgency: true }),
    may: ['add', 'edit', 'status', 'add_support', 'update_support', 'refer', 'update_referral'],
  },
  { who: 'worker of another agency, family wrote it', facts: worker({ ...FAMILY_WROTE_IT }), may: ['add', 'add_support', 'refer'] },
  { who: 'worker of another agency, a worker wrote it', facts: worker({ ...WORKER_WROTE_IT }), may: ['add', 'add_support', 'refer'] },
  {
    who: 'worker of the family’s own need’s agency? none: the family wrote it',
    facts: worker({ ...FAMILY_WROTE_IT, needOwnAgency: false, supportOwnAgency: true }),
    may: ['add', 'add_support', 'update_support', 'refer', 'update_referral'],
  },
  {
    who: 'key worker, another agency wrote it',
    facts: worker({ ...WORKER_WROTE_IT, keyWorker: true }),
    may: ['add', 'status', 'add_support', 'update_support', 'refer', 'update_referral'],
  },
  {
    who: 'key worker, family wrote it, family’s self-referral',
    facts: worker({ keyWorker: true, ...FAMILY_SUPPORT }),
    may: ['add', 'status', 'add_support', 'update_support', 'refer', 'update_referral'],
  },
  { who: 'worker, for a network member', facts: worker({ personIsNetworkMember: true }), may: ['add_support', 'refer'] },
];

const cells = ROWS.flatMap((row) =>
  NEED_ACTIONS.map((action) => ({ who: row.who, action, facts: { ...NO_FACTS, ...row.facts }, may: row.may.includes(action) })),
);

describe('need policy', () => {
  it.each(cells)('$who: $action → $may', ({ action, facts, may }) => {
    expect(mayOnNeed(action, facts)).toBe(may);
  });

  it('a team manager is a worker like the others: role is not a fact, so no row can differ by it', () => {
    expect(Object.keys(NO_FACTS)).not.toContain('role');
  });

  it('every refusal has words naming who can', () => {
    for (const action of NEED_ACTIONS)
      for (const actor of ['parent', 'professional'] as const) expect(whoMay(action, actor).length).toBeGreaterThan(20);
  });

  it('nobody answers "did it help" for someone else but the parent for her children, and never a worker', () => {
    for (const facts of ROWS.map((r) => ({ ...NO_FACTS, ...r.facts })))
      if (mayOnNeed('say_helped', facts)) expect(facts.self || (facts.actor === 'parent' && facts.parentOf)).toBe(true);
  });
});
