// Shared steps of the appointments module's API tests: a test app on a clock the test moves (starting now, so times people
// say "happened" are not in the future), signed-in clients, times in London, and what each person would notice (their
// notifications, the parent's calendar, a worker's list).
import { instantAt, wallClock } from '../../../shared/domain/working-time.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

export const F = DEMO_IDS.mariesFamily;
const DAY = 86_400_000;

export type Kit = {
  t: TestApp;
  as(who: string): TestClient;
  now(): Date;
  setNow(at: Date): void;
  /** A London wall-clock time `days` days from the kit's clock: `at(7, '11:00')`. */
  at(days: number, clock: string): string;
  /** An option of `minutes` from `at(days, clock)`. */
  option(days: number, clock: string, minutes?: number): { startsAt: string; endsAt: string };
  told(who: string, kind: string): Promise<{ message: string; messageId: string | null; messageValues: Record<string, unknown> | null }[]>;
  ids: { staff: Record<string, string>; people: Record<string, string> };
  propose(who: string, body?: Record<string, unknown>, key?: string): ReturnType<TestClient['post']>;
  calendar(who?: string): Promise<CalendarBody>;
  count(q: string, params?: unknown[]): Promise<number>;
};

export type AppointmentBody = {
  id: string;
  status: string;
  version: number;
  sequence: number;
  waitingFor: string | null;
  startsAt: string | null;
  endsAt: string | null;
  past: boolean;
  purpose: string | null;
  unannounced: boolean;
  unannouncedReason: string | null;
  times: {
    id: string;
    startsAt: string;
    endsAt: string;
    proposedBy: string;
    status: string;
    note: string | null;
    writtenIn: string;
    round: number;
  }[];
  workers: { staffId: string; name: string; roleKey: string | null; arranged: boolean }[];
  withPeople: { personId: string; name: string }[];
  cancelled: { by: string; name: string; reason: string; writtenIn: string } | null;
  mayChoose?: boolean;
  maySuggest?: boolean;
  mayCancel?: boolean;
  allowed?: Record<string, boolean>;
  recordVisit?: Record<string, unknown> | null;
  keptAsWritten?: { reason: string; found: string[] }[];
};
export type CalendarBody = {
  coming: AppointmentBody[];
  past: AppointmentBody[];
  arranging: { needsBarriers: Record<string, string | null> | null; barriers: Record<string, unknown> & { version: number } };
};

export async function appointmentsKit(people: string[]): Promise<Kit> {
  // On the minute, so times said in London and read back match exactly.
  let now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const t = await createTestApp({ now: () => now });
  const clients: Record<string, TestClient> = {};
  for (const who of people) clients[who] = await t.signIn(who);
  const as = (who: string) => {
    const c = clients[who];
    if (!c) throw new Error(`${who} is not signed in in this test`);
    return c;
  };
  const staffRows = (await t.database.asOwner('SELECT username, staff_id FROM accounts WHERE staff_id IS NOT NULL')).rows as {
    username: string;
    staff_id: string;
  }[];
  const peopleRows = (await t.database.asOwner('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])).rows as {
    id: string;
    preferred_name: string;
  }[];
  const at = (days: number, clock: string) => {
    const day = wallClock(new Date(now.getTime() + days * DAY), 'Europe/London').date;
    const [h, m] = clock.split(':').map(Number);
    return instantAt(day, (h ?? 0) * 60 + (m ?? 0), 'Europe/London').toISOString();
  };
  const option = (days: number, clock: string, minutes = 60) => {
    const startsAt = at(days, clock);
    return { startsAt, endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString() };
  };
  const ids = {
    staff: Object.fromEntries(staffRows.map((r) => [r.username, r.staff_id])),
    people: Object.fromEntries(peopleRows.map((p) => [p.preferred_name.toLowerCase(), p.id])),
  };
  return {
    t,
    as,
    now: () => now,
    setNow: (d) => {
      now = d;
    },
    at,
    option,
    ids,
    async told(who, kind) {
      const res = await as(who).get('/api/notifications');
      return res.json().notifications.filter((n: { kind: string }) => n.kind === kind);
    },
    propose: (who, body = {}, key) =>
      as(who).post(
        `/api/families/${F}/appointments`,
        {
          kind: 'home_visit',
          purpose: 'To talk about how things are going and what would help.',
          place: 'At home',
          options: [option(8, '10:30'), option(9, '14:00')],
          ...body,
        },
        key ? { 'idempotency-key': key } : {},
      ),
    async calendar(who = 'marie') {
      const res = await as(who).get('/api/portal/calendar');
      if (res.statusCode !== 200) throw new Error(`calendar for ${who}: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    async count(q, params = []) {
      return Number((await t.database.asOwner(q, params)).rows[0].n);
    },
  };
}
