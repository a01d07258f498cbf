// The escalation job with many requests waiting (issue 14 §1): requests already with the duty worker and not yet due for
// the managers never fill a run and hold back a newly late one (a run reads at most 200); and the job keeps working when
// PostgreSQL switches its prepared statements to generic plans (from their sixth run on a connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { escalateHelpRequests } from './help-escalation.service.ts';
import { F, type HelpKit, helpKit, winter } from './help-test-kit.ts';

let k: HelpKit;
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
const run = (at: string) => escalateHelpRequests(k.t.database.db, audit, winter(at));

beforeAll(async () => {
  k = await helpKit(['marie', 'angela', 'jamie', 'olu']);
  const team = (await k.t.database.asOwner("SELECT id FROM teams WHERE name = 'Family Safeguarding Team'")).rows[0]?.id as string;
  await k.as('angela').put(`/api/teams/${team}/duty-worker`, { staffId: await k.staffId('Tom Reilly') });
}, 120_000);
afterAll(() => k?.t.close());

describe('escalating when many requests wait', () => {
  it('reaches a newly late request behind 250 already with the duty worker, run after run', async () => {
    // 250 requests of Marie's, late since Monday 10:00, already with the duty worker, due for the managers on Friday.
    await k.t.database.asOwner(
      `WITH r AS (
         INSERT INTO help_requests (family_id, id, kind, person_id, account_id, asker_kind, words, urgency, out_of_hours,
           recipient_staff_ids, escalation_team_id, acknowledge_by, manager_by, created_at)
         SELECT $1, gen_random_uuid(), 'help', a.person_id, a.id, 'parent', 'An earlier request ' || g, 'today', false,
           ARRAY[(SELECT id FROM staff WHERE full_name = 'Priya Shah')], (SELECT id FROM teams WHERE name = 'Family Safeguarding Team'),
           '2026-12-07T10:00:00Z', '2026-12-11T10:00:00Z', '2026-12-07T06:00:00Z'
         FROM accounts a, generate_series(1, 250) g WHERE a.username = 'marie'
         RETURNING family_id, id)
       INSERT INTO help_request_events (family_id, id, request_id, kind, to_staff_ids)
       SELECT family_id, gen_random_uuid(), id, 'escalated_to_duty', ARRAY[(SELECT id FROM staff WHERE full_name = 'Tom Reilly')] FROM r`,
      [F],
    );
    // Eight new requests made late one after the other: each is escalated in the next run, whatever waits before it.
    for (let i = 1; i <= 8; i++) {
      const asked = await k.ask('marie', { words: `New request ${i}`, urgency: 'today' }, `many-request-${i}`);
      expect(asked.statusCode, asked.body).toBe(201);
      await k.t.database.asOwner("UPDATE help_requests SET acknowledge_by = '2026-12-08T09:00:00Z' WHERE words = $1", [`New request ${i}`]);
      expect(await run('2026-12-08 10:00')).toBe(1);
    }
    const duty = await k.t.database.asOwner(
      `SELECT count(*)::int AS n FROM help_request_events e JOIN help_requests r ON r.family_id = e.family_id AND r.id = e.request_id
       WHERE e.kind LIKE 'escalated_%' AND r.words LIKE 'New request %'`,
    );
    expect(duty.rows[0]?.n).toBe(8);
    // (Marie's requests go first to Daniel, whose team has no duty worker: the new ones went straight to the managers.)
    // On Friday the 250 earlier ones are due for the managers: 200 in a run, the rest in the next, each once.
    expect(await run('2026-12-11 10:00')).toBe(200);
    expect(await run('2026-12-11 10:01')).toBe(50);
    expect(await run('2026-12-11 10:02')).toBe(0);
  });

  it('puts a duty worker from another team on the family’s care team, so they can read and answer the request', async () => {
    // Olu (the council's emergency duty team) is on duty for the Family Safeguarding Team; he is not on Marie's care team.
    const olu = await k.staffId('Olu Bello');
    await k.t.database.asOwner("UPDATE teams SET duty_staff_id = $1 WHERE name = 'Family Safeguarding Team'", [olu]);
    const asked = await k.ask('jamie', { words: 'Can someone ring me after school?', urgency: 'today' }, 'olu-duty-request');
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id as string;
    expect((await k.as('olu').get(`/api/families/${F}/help-requests/${id}`)).statusCode).toBe(404);
    await k.t.database.asOwner(
      "UPDATE help_requests SET acknowledge_by = '2026-12-08T09:00:00Z', manager_by = '2026-12-09T09:00:00Z' WHERE id = $1",
      [id],
    );
    expect(await run('2026-12-08 10:00')).toBe(1);
    const page = await k.as('olu').get(`/api/families/${F}/help-requests/${id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().request.words).toBe('Can someone ring me after school?');
    const answered = await k
      .as('olu')
      .post(`/api/families/${F}/help-requests/${id}/acknowledge`, { whatWillHappen: 'I will ring you at four.' });
    expect(answered.statusCode, answered.body).toBe(200);
    // Marie is told who joined the workers helping her family, not why.
    expect(await k.told('marie', 'care_team_changed')).toContainEqual(expect.stringContaining('Olu Bello'));
    expect(JSON.stringify(await k.told('marie', 'care_team_changed'))).not.toContain('ring me');
  });
});
