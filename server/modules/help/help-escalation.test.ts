// The escalation chain with a clock under test control (issue 14 §1): unacknowledged past its target a request goes to
// the team's duty worker, a further target period later to the team's managers, each step once; with no duty worker
// straight to the managers; an acknowledged request, or one with no target, never escalates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { escalateHelpRequests } from './help-escalation.service.ts';
import { F, type HelpKit, helpKit, winter } from './help-test-kit.ts';

let k: HelpKit;
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
const run = (at: string) => escalateHelpRequests(k.t.database.db, audit, winter(at));
const safeguardingTeam = async () =>
  (await k.t.database.asOwner("SELECT id FROM teams WHERE name = 'Family Safeguarding Team'")).rows[0]?.id as string;
const steps = async (who: string, words: string) => {
  const r = (await k.page(who)).requests.find((x) => x.words === words) as unknown as { events: { kind: string; words: string }[] };
  return r.events.filter((e) => e.kind.startsWith('escalated')).map((e) => e.words);
};

beforeAll(async () => {
  k = await helpKit(['jamie', 'marie', 'priya', 'tom', 'angela', 'daniel']);
  // Monday 7 December 2026, 10:00: Tom is the Family Safeguarding Team's duty worker.
  await k.as('angela').put(`/api/teams/${await safeguardingTeam()}/duty-worker`, { staffId: await k.staffId('Tom Reilly') });
});
afterAll(() => k?.t.close());

const TODAY = 'I don’t want to go home after school.';

describe('escalating a request nobody has acknowledged', () => {
  it('waits until the target, then asks the duty worker once', async () => {
    // Jamie's request goes to Priya (Family Safeguarding Team), due at 14:00 (four working hours).
    expect((await k.ask('jamie', { words: TODAY, urgency: 'today' })).json().acknowledgeBy).toBe('2026-12-07T14:00:00.000Z');
    expect(await run('2026-12-07 13:59')).toBe(0);
    expect(await run('2026-12-07 14:00')).toBe(1);
    expect(await run('2026-12-07 14:05')).toBe(0);
    expect(await k.told('tom', 'help_escalated')).toEqual([
      'Jamie’s request for help has not been answered in time. Please read it and say what will happen.',
    ]);
    expect(await steps('jamie', TODAY)).toEqual(['Nobody had answered yet, so Tom Reilly was asked to answer']);
  });

  it('asks the team manager a further target period later, once', async () => {
    // 14:00 plus four working hours: three today and one on Tuesday, so Tuesday 10:00.
    expect(await run('2026-12-08 09:59')).toBe(0);
    expect(await run('2026-12-08 10:00')).toBe(1);
    expect(await run('2026-12-09 10:00')).toBe(0);
    expect(await k.told('angela', 'manager_help_escalated')).toHaveLength(1);
    expect(await steps('jamie', TODAY)).toEqual([
      'Nobody had answered yet, so Tom Reilly was asked to answer',
      'Nobody had answered yet, so Angela Brooks was asked to answer',
    ]);
    // The duty worker and the manager may now answer it.
    const id = (await k.page('jamie')).requests[0]?.id;
    const res = await k.as('angela').post(`/api/families/${F}/help-requests/${id}/acknowledge`, { whatWillHappen: 'Tom will call you.' });
    expect(res.statusCode, res.body).toBe(200);
    const audited = await k.t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'help_request.escalated' AND actor_kind = 'system'",
    );
    expect(audited.rows[0]?.n).toBe(2);
  });

  it('goes straight to the team manager when the team has no duty worker', async () => {
    await k.as('angela').put(`/api/teams/${await safeguardingTeam()}/duty-worker`, { staffId: null });
    const settings = (await k.as('marie').get('/api/portal/help/settings')).json();
    await k.as('marie').put('/api/portal/help/settings', { staffIds: [await k.staffId('Priya Shah')], version: settings.version });
    k.setNow(winter('2026-12-08 11:00'));
    const words = 'The electric has been cut off.';
    expect((await k.ask('marie', { words, urgency: 'this_week' })).json().acknowledgeBy).toBe('2026-12-10T11:00:00.000Z');
    expect(await run('2026-12-10 10:59')).toBe(0);
    expect(await run('2026-12-10 11:00')).toBe(1);
    expect(await steps('marie', words)).toEqual(['Nobody had answered yet, so Angela Brooks was asked to answer']);
    expect(await run('2026-12-20 11:00')).toBe(0);
  });

  it('never escalates an acknowledged request, nor one with no target', async () => {
    k.setNow(winter('2026-12-14 09:00'));
    const acknowledged = (await k.ask('marie', { words: 'Could someone ring me?', urgency: 'today' })).json();
    await k.as('priya').post(`/api/families/${F}/help-requests/${acknowledged.id}/acknowledge`, { whatWillHappen: 'I will ring at noon.' });
    await k.ask('marie', { words: 'Just letting you know I’m OK.', urgency: 'letting_know' });
    expect(await run('2027-01-31 12:00')).toBe(0);
  });
});
