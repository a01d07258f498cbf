// The demo's team caseload (issue 18 §2): thirty made-up families on Angela's team, loaded once, so the insights she
// opens in the demo show real numbers; and the equity answers are spread so that some groups are large enough to show
// and some are not (the small-number rule is seen working in the demo too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_CASELOAD_SIZE, loadDemoCaseload, loadDemoFeedbackAsk } from './demo-caseload.ts';

const TEAM_12 = '00000000-0000-7000-8000-000000000012';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const rows = async <T>(text: string, values: unknown[] = []) => (await t.database.asOwner(text, values)).rows as T[];

describe('the demo team caseload', () => {
  it('loads once, and puts thirty families on the team’s caseload beside the demo family', async () => {
    expect(await loadDemoCaseload(t.database.db)).toEqual({ loaded: true });
    expect(await loadDemoCaseload(t.database.db)).toEqual({ loaded: false });
    const [caseload] = await rows<{ n: number }>(
      `SELECT count(DISTINCT ctm.family_id)::int AS n FROM care_team_members ctm JOIN staff s ON s.id = ctm.staff_id
        WHERE s.team_id = $1 AND ctm.ended_at IS NULL`,
      [TEAM_12],
    );
    expect(caseload?.n).toBe(DEMO_CASELOAD_SIZE + 1);
  });

  it('has visits in the last quarter, some unannounced, and feedback named and for the team only', async () => {
    const [visits] = await rows<{ all: number; unannounced: number }>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE unannounced)::int AS unannounced FROM appointments
        WHERE family_id::text LIKE '00000000-0000-7000-8001-%' AND status = 'happened' AND starts_at > now() - interval '92 days'`,
    );
    expect(visits?.all).toBeGreaterThan(30);
    expect(visits?.unannounced).toBeGreaterThan(5);
    const feedback = await rows<{ shown_as: string; n: number }>(
      `SELECT shown_as, count(*)::int AS n FROM feedback WHERE team_id = $1 GROUP BY shown_as ORDER BY shown_as`,
      [TEAM_12],
    );
    expect(feedback.map((f) => f.shown_as)).toEqual(['named', 'team_only']);
  });

  it('spreads the parents’ equity answers so at least two groups have five or more families and at least one has fewer', async () => {
    const groups = await rows<{ heading: string; n: number }>(
      `SELECT split_part(coalesce(ethnicity, 'not_recorded'), '_', 1) AS heading, count(*)::int AS n FROM equity_answers
        WHERE family_id::text LIKE '00000000-0000-7000-8001-%' GROUP BY 1`,
    );
    expect(groups.filter((g) => g.n >= 5).length).toBeGreaterThanOrEqual(2);
    expect(groups.some((g) => g.n > 0 && g.n < 5)).toBe(true);
  });

  it('asks Marie, once, how Priya’s visit went: she sees the question on Your family', async () => {
    expect(await loadDemoFeedbackAsk(t.database.db)).toEqual({ loaded: true });
    expect(await loadDemoFeedbackAsk(t.database.db)).toEqual({ loaded: false });
    const marie = await t.signIn('marie');
    const res = await marie.get('/api/portal/feedback');
    expect(res.statusCode, res.body).toBe(200);
    const asks = (res.json() as { asks: { aboutKind: string; workerName: string | null }[] }).asks;
    expect(asks).toEqual([expect.objectContaining({ aboutKind: 'visit', workerName: 'Priya' })]);
  });
});
