// Who reads and who changes a visit or appointment (appointments.policy.ts), as one table: each worker's relationship to the
// appointment → reads, changes; and each kind of family member → the calendar. Held for the pure rule, and through the API
// (the family's list, one appointment, cancelling it, the calendar) on the database the tests run on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { factsThatRead, familyReads, WORKER_FACTS, type WorkerFacts, workerChanges, workerReads } from './appointments.policy.ts';
import { appointmentsKit, F, type Kit } from './appointments-test-kit.ts';

const RELATIONSHIPS = ['arranged it', 'coming to it', 'key worker', 'same agency as who arranged it', 'other care-team member'] as const;
type Relationship = (typeof RELATIONSHIPS)[number];

const none: WorkerFacts = { arranger: false, coming: false, keyWorker: false, sameAgency: false };
const FACTS: Record<Relationship, WorkerFacts> = {
  'arranged it': { ...none, arranger: true, sameAgency: true },
  'coming to it': { ...none, coming: true },
  'key worker': { ...none, keyWorker: true },
  'same agency as who arranged it': { ...none, sameAgency: true },
  'other care-team member': none,
};

/** The rule, as the product states it: [reads, changes]. */
const RULE: Record<Relationship, [boolean, boolean]> = {
  'arranged it': [true, true],
  'coming to it': [true, true],
  'key worker': [true, true],
  'same agency as who arranged it': [true, false],
  'other care-team member': [false, false],
};

const FAMILY: Record<FamilyMemberActor['kind'], boolean> = {
  parent: true,
  young_person: false,
  other_parent: false,
  network_member: false,
};

describe('the rule (pure)', () => {
  it.each(RELATIONSHIPS.map((r) => [r, ...RULE[r]] as const))('%s → reads %s, changes %s', (relationship, reads, changes) => {
    expect(workerReads(FACTS[relationship])).toBe(reads);
    expect(workerChanges(FACTS[relationship])).toBe(changes);
  });

  it('changing needs reading: no facts change what they cannot read', () => {
    for (let mask = 0; mask < 2 ** WORKER_FACTS.length; mask++) {
      const facts = Object.fromEntries(WORKER_FACTS.map((f, i) => [f, Boolean(mask & (1 << i))])) as WorkerFacts;
      if (workerChanges(facts)) expect(workerReads(facts)).toBe(true);
      // The SQL condition is an OR of the facts that alone read: so is the rule.
      expect(workerReads(facts)).toBe(factsThatRead().some((f) => facts[f]));
    }
  });

  it.each(Object.entries(FAMILY))('the calendar: %s → %s', (kind, reads) => {
    expect(familyReads(kind as FamilyMemberActor['kind'])).toBe(reads);
  });
});

describe('the rule through the API', () => {
  let k: Kit;
  let byDaniel: string;
  let byTom: string;
  const one = (who: string, id: string) => k.as(who).get(`/api/families/${F}/appointments/${id}`);
  const listed = async (who: string) => {
    const res = await k.as(who).get(`/api/families/${F}/appointments`);
    expect(res.statusCode, who).toBe(200);
    return res.json() as { appointments: { id: string }[]; notShown: number };
  };

  beforeAll(async () => {
    k = await appointmentsKit(['daniel', 'sarah', 'priya', 'tom', 'helen', 'mark', 'marie', 'jamie', 'clive', 'patricia']);
    byDaniel = (await k.propose('daniel', {}, 'policy-daniel')).json().id;
    byTom = (await k.propose('tom', { kind: 'office_appointment', staffIds: [k.ids.staff.helen] }, 'policy-tom')).json().id;
  }, 180_000);
  afterAll(async () => k?.t.close());

  // [worker, appointment, relationship]
  const CASES: [string, 'byDaniel' | 'byTom', Relationship][] = [
    ['daniel', 'byDaniel', 'arranged it'],
    ['sarah', 'byDaniel', 'same agency as who arranged it'],
    ['priya', 'byDaniel', 'key worker'],
    ['tom', 'byDaniel', 'other care-team member'],
    ['helen', 'byDaniel', 'other care-team member'],
    ['tom', 'byTom', 'arranged it'],
    ['helen', 'byTom', 'coming to it'],
    ['daniel', 'byTom', 'key worker'],
    ['sarah', 'byTom', 'other care-team member'],
  ];

  it.each(CASES)('%s and %s (%s): the list, the page and a change follow the rule', async (who, which, relationship) => {
    const id = which === 'byDaniel' ? byDaniel : byTom;
    const [reads, changes] = RULE[relationship];
    expect((await listed(who)).appointments.some((a) => a.id === id)).toBe(reads);
    const page = await one(who, id);
    expect(page.statusCode).toBe(reads ? 200 : 404);
    if (!reads) return;
    expect(page.json().allowed.cancel).toBe(changes);
    if (changes) return;
    const refused = await k.as(who).post(`/api/families/${F}/appointments/${id}/cancel`, { reason: 'Not mine to cancel', version: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/arranged this/);
    const denied = await k.count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND subject_id = $1 AND details->>'attempted' = 'appointment.cancelled'",
      [id],
    );
    expect(denied).toBeGreaterThanOrEqual(1);
  });

  it('says how many of the family’s appointments are not shared with a worker, never which', async () => {
    const helen = await listed('helen');
    const all = await k.count('SELECT count(*) AS n FROM appointments WHERE family_id = $1', [F]);
    expect(helen.notShown).toBe(all - helen.appointments.length);
    expect(helen.notShown).toBeGreaterThan(0);
  });

  it('a worker not on the family’s care team gets the same 404 as for a family that does not exist, audited', async () => {
    const res = await k.as('mark').get(`/api/families/${F}/appointments`);
    expect(res.statusCode).toBe(404);
    const missing = await k.as('mark').get('/api/families/00000000-0000-7000-8000-000000009999/appointments');
    expect(missing.json()).toEqual(res.json());
    expect((await k.as('mark').post(`/api/families/${F}/appointments/${byDaniel}/cancel`, { reason: 'x', version: 1 })).statusCode).toBe(
      404,
    );
    expect((await k.as('mark').get(`/api/families/${F}/appointments/${byDaniel}/calendar.ics`)).statusCode).toBe(404);
    const denied = await k.count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND family_id = $1 AND actor_staff_id = $2",
      [F, k.ids.staff.mark],
    );
    expect(denied).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(FAMILY))('the calendar: %s %s', async (kind, reads) => {
    const who = { parent: 'marie', young_person: 'jamie', other_parent: 'clive', network_member: 'patricia' }[kind] as string;
    expect((await k.as(who).get('/api/portal/calendar')).statusCode).toBe(reads ? 200 : 403);
    expect((await k.as(who).get('/api/portal/calendar.ics')).statusCode).toBe(reads ? 200 : 403);
    if (reads) return;
    const cancel = await k.as(who).post(`/api/portal/appointments/${byDaniel}/cancel`, { reason: 'x', version: 1 });
    expect(cancel.statusCode).toBe(403);
  });

  it('the parent cannot reach another family’s appointment: the same 404 as one that does not exist', async () => {
    const res = await k
      .as('marie')
      .post('/api/portal/appointments/00000000-0000-7000-8000-000000009999/cancel', { reason: 'x', version: 1 });
    expect(res.statusCode).toBe(404);
    const other = await k.t.database.asOwner(
      `INSERT INTO appointments (family_id, id, kind, purpose, status, arranged_by_staff_id, arranged_by_organisation_id, created_by_account_id)
       SELECT '00000000-0000-7000-8000-000000000200', '00000000-0000-7000-8000-000000009998', 'home_visit', 'Dawn''s visit', 'proposed',
         s.id, s.organisation_id, a.id FROM staff s JOIN accounts a ON a.staff_id = s.id WHERE s.full_name = 'Mark Ellis' RETURNING id`,
    );
    expect(other.rowCount).toBe(1);
    const theirs = await k
      .as('marie')
      .post('/api/portal/appointments/00000000-0000-7000-8000-000000009998/cancel', { reason: 'x', version: 1 });
    expect(theirs.statusCode).toBe(404);
    expect(JSON.stringify((await k.calendar()).coming)).not.toContain('Dawn');
  });
});
