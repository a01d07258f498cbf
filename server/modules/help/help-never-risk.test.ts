// Asking for help is never a risk indicator (PRODUCT §7, P9): every kind of request, every response and both steps of
// escalation leave the involvement level and its history, the plan's ratings, agreements and flags, the family summary
// and every risk-, concern-, flag- or score-named column of the database exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { escalateHelpRequests } from './help-escalation.service.ts';
import { F, type HelpKit, helpKit, winter } from './help-test-kit.ts';

let k: HelpKit;
beforeAll(async () => {
  k = await helpKit(['marie', 'jamie', 'patricia', 'clive', 'daniel', 'priya', 'angela']);
});
afterAll(() => k?.t.close());

const RISKY = '(risk|concern|flag|score)';

/** Everything a risk judgement could be read from, for the demo family and everywhere a risk-like column exists. */
async function snapshot() {
  const q = async (text: string, params: unknown[] = []) => (await k.t.database.asOwner(text, params)).rows;
  const riskyColumns = await q(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name ~ $1 ORDER BY table_name, column_name`,
    [RISKY],
  );
  const risky: Record<string, unknown[]> = {};
  for (const c of riskyColumns) {
    risky[`${c.table_name}.${c.column_name}`] = await q(`SELECT ${c.column_name}::text AS v FROM ${c.table_name} ORDER BY 1 NULLS FIRST`);
  }
  return {
    family: await q('SELECT involvement_level, version, updated_at, closed_at FROM families WHERE id = $1', [F]),
    involvementHistory: await q('SELECT t.* FROM involvement_history t WHERE family_id = $1 ORDER BY t::text', [F]),
    ratings: await q('SELECT t.* FROM recovery_plan_ratings t WHERE family_id = $1 ORDER BY t::text', [F]),
    agreements: await q('SELECT t.* FROM recovery_plan_agreements t WHERE family_id = $1 ORDER BY t::text', [F]),
    items: await q('SELECT t.* FROM recovery_plan_items t WHERE family_id = $1 ORDER BY t::text', [F]),
    summary: await q('SELECT * FROM family_summaries WHERE family_id = $1', [F]),
    risky,
  };
}

describe('asking for help is never a risk indicator', () => {
  it('changes no involvement level, rating, flag, score or summary, whatever is asked and however it is answered', async () => {
    const before = await snapshot();
    const sent: string[] = [];
    for (const [who, body] of [
      ['marie', { words: 'I need help today.', urgency: 'today', contactWays: ['call'] }],
      ['marie', { words: 'I need help this week.', urgency: 'this_week' }],
      ['marie', { words: 'Just so you know.', urgency: 'letting_know' }],
      ['jamie', { words: 'Can someone talk to me?', urgency: 'today', contactWays: ['text'] }],
      ['patricia', { words: 'I am worried about Marie.', urgency: 'today', worryAbout: 'parent' }],
      ['clive', { words: 'I am worried about the children.', urgency: 'this_week', worryAbout: 'children' }],
    ] as const) {
      const res = await k.ask(who, body);
      expect(res.statusCode, res.body).toBe(201);
      sent.push(res.json().id);
    }
    const url = (id: string | undefined, path: string) => `/api/families/${F}/help-requests/${id}${path}`;
    const ok = async (res: Promise<{ statusCode: number; body: string }>) => expect((await res).statusCode, (await res).body).toBe(200);
    await ok(k.as('daniel').post(url(sent[1], '/acknowledge'), { whatWillHappen: 'I will visit on Tuesday.' }));
    await ok(k.as('daniel').post(url(sent[1], '/contact'), { at: '2026-12-08T10:00:00Z', way: 'visit' }));
    await ok(k.as('daniel').post(url(sent[2], '/pass'), { staffId: await k.staffId('Sarah Whitfield'), note: 'For you.' }));
    await ok(k.as('priya').post(url(sent[4], '/acknowledge'), { whatWillHappen: 'I will ring Marie.', worryOutcome: 'parent_told' }));
    await ok(
      k.as('priya').post(url(sent[5], '/acknowledge'), {
        whatWillHappen: 'I will look into it.',
        worryOutcome: 'safeguarding',
        safeguardingReason: 'Checking first.',
      }),
    );
    // Both steps of escalation for the rest: Sarah is the duty worker of Daniel's team, then the managers are asked.
    await k.t.database.asOwner(
      "UPDATE teams SET duty_staff_id = (SELECT id FROM staff WHERE full_name = 'Sarah Whitfield') WHERE name = 'Community Mental Health Team (North)'",
    );
    const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
    expect(await escalateHelpRequests(k.t.database.db, audit, winter('2026-12-07 14:30'))).toBeGreaterThan(0);
    expect(await escalateHelpRequests(k.t.database.db, audit, winter('2026-12-31 16:00'))).toBeGreaterThan(0);
    const stepsTaken = await k.t.database.asOwner(
      "SELECT DISTINCT kind FROM help_request_events WHERE kind LIKE 'escalated%' ORDER BY kind",
    );
    expect(stepsTaken.rows.map((r) => r.kind)).toEqual(['escalated_to_duty', 'escalated_to_manager']);
    const requests = await k.t.database.asOwner('SELECT DISTINCT purpose FROM help_requests');
    expect(requests.rows).toEqual([{ purpose: 'early_help' }]);
    expect(await snapshot()).toEqual(before);
  });
});
