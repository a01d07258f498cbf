// Shared steps of the help module's API tests: a test app on a clock the test moves, signed-in clients, and reads of
// what each person would notice (their notifications, their help page).
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

export const F = DEMO_IDS.mariesFamily;

/** A London wall-clock time in winter (London is on UTC from late October to late March). */
export const winter = (text: string) => new Date(`${text.replace(' ', 'T')}:00Z`);

export type HelpKit = {
  t: TestApp;
  as(who: string): TestClient;
  setNow(at: Date): void;
  told(who: string, kind: string): Promise<string[]>;
  staffId(name: string): Promise<string>;
  ask(who: string, body: Record<string, unknown>, key?: string): ReturnType<TestClient['post']>;
  page(who: string): Promise<{ requests: { id: string; words: string }[]; [k: string]: unknown }>;
};

export async function helpKit(people: string[], start = winter('2026-12-07 10:00')): Promise<HelpKit> {
  let now = start;
  const t = await createTestApp({ now: () => now });
  // The demo family's one answered request (seeds/demo-early-help.ts) is set aside: each test counts its own.
  await t.database.asOwner('DELETE FROM help_request_events');
  await t.database.asOwner('DELETE FROM help_requests');
  const clients: Record<string, TestClient> = {};
  for (const who of people) clients[who] = await t.signIn(who);
  const as = (who: string) => {
    const c = clients[who];
    if (!c) throw new Error(`${who} is not signed in in this test`);
    return c;
  };
  return {
    t,
    as,
    setNow: (at) => {
      now = at;
    },
    async told(who, kind) {
      const res = await as(who).get('/api/notifications');
      return res
        .json()
        .notifications.filter((n: { kind: string }) => n.kind === kind)
        .map((n: { message: string }) => n.message);
    },
    async staffId(name) {
      const rows = await t.database.asOwner('SELECT id FROM staff WHERE full_name = $1', [name]);
      const id = rows.rows[0]?.id;
      if (!id) throw new Error(`No worker called ${name}`);
      return id as string;
    },
    ask: (who, body, key) => as(who).post('/api/portal/help', body, key ? { 'idempotency-key': key } : {}),
    async page(who) {
      const res = await as(who).get('/api/portal/help');
      if (res.statusCode !== 200) throw new Error(`help page for ${who}: ${res.statusCode} ${res.body}`);
      return res.json();
    },
  };
}
