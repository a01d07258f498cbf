// Visits, appointments and meetings for the synthetic families (issue 17), at council scale, with sessions for the meetings
// bench: workers who chair or come to meetings, with the meetings they may open. Runs inside generate.ts, or on top of an
// existing generated database without making it again (the migrations are run first, then any earlier ones are replaced):
//   npx tsx bench/generate-appointments.ts --db umbrella_bench_100
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/db/database.ts';
import { dbUrl, log, outDir, parseFlags } from './bench-common.ts';
import { ColumnBatch, flush, readSchema } from './bulk-load.ts';
import { type ApptFamily, type Ctx, type TeamWorker, writeAppointments } from './generate-appointments-family.ts';
import { newAppointmentTables } from './generate-appointments-tables.ts';
import { GENERATOR_BASE_MS } from './generate-needs.ts';
import { Rng } from './synthetic-data.ts';

/** A worker's session and meetings they may open (they chair it or are coming): the meeting record page's requests. */
export type MeetingWorkerSession = { token: string; csrf: string; staffId: string; meetings: { familyId: string; meetingId: string }[] };
export type MeetingsTokens = { database: string; workers: MeetingWorkerSession[] };
export const meetingsTokensFile = (name: string) => path.join(outDir(), `${name}.meetings-tokens.json`);

const CHUNK = 2_000;
const WORKER_SESSIONS = 500;
const SAMPLE = 30;

/** Writes the visits and meetings of every family in the database `client` is connected to (as its owner); returns a summary line. */
export async function generateAppointments(
  client: pg.ClientBase,
  options: { seed: number; baseMs: number; database: string; tokensFile: string },
): Promise<string> {
  const started = Date.now();
  const rng = new Rng(options.seed ^ 0x17_17_17);
  await readSchema(client);
  // Earlier visits and meetings (a re-run) are replaced whole, with the plan actions meetings put in the plans.
  await client.query('DELETE FROM recovery_plan_items i USING meeting_actions a WHERE i.family_id = a.family_id AND i.id = a.plan_item_id');
  await client.query(
    `TRUNCATE meeting_replies, meeting_actions, meeting_decisions, meeting_attendance, meeting_reports, meeting_views, meetings,
       appointment_options, appointments`,
  );

  const families = (
    await client.query<{ id: string; ms: number; level: string }>(
      'SELECT id, (extract(epoch FROM created_at) * 1000)::float8 AS ms, involvement_level AS level FROM families ORDER BY id',
    )
  ).rows;
  const byId = new Map<string, ApptFamily>();
  for (const f of families)
    byId.set(f.id, { id: f.id, createdMs: f.ms, level: f.level, parent: null, otherParent: null, children: [], team: [], plan: null });
  // The parent who signs in (the first parent account), the other parent, the children.
  for (const a of (
    await client.query<{ family_id: string; id: string; person_id: string; name: string }>(
      `SELECT DISTINCT ON (a.family_id) a.family_id, a.id, a.person_id, coalesce(p.preferred_name, split_part(p.full_name, ' ', 1)) AS name
         FROM accounts a JOIN people p ON p.family_id = a.family_id AND p.id = a.person_id
        WHERE a.kind = 'parent' AND a.family_id IS NOT NULL ORDER BY a.family_id, a.id`,
    )
  ).rows) {
    const f = byId.get(a.family_id);
    if (f) f.parent = { personId: a.person_id, accountId: a.id, name: a.name };
  }
  for (const p of (
    await client.query<{ family_id: string; id: string; kind: string; name: string }>(
      `SELECT family_id, id, kind, coalesce(preferred_name, split_part(full_name, ' ', 1)) AS name
         FROM people WHERE kind IN ('parent', 'child') ORDER BY family_id, id`,
    )
  ).rows) {
    const f = byId.get(p.family_id);
    if (!f) continue;
    if (p.kind === 'child') f.children.push({ id: p.id, name: p.name });
    else if (p.id !== f.parent?.personId && f.otherParent === null) f.otherParent = p.id;
  }
  const workers = new Map<string, TeamWorker>();
  const worker = (r: { staff_id: string; account_id: string; organisation_id: string; full_name: string; job_title: string | null }) => {
    let found = workers.get(r.staff_id);
    if (!found) {
      found = {
        staffId: r.staff_id,
        accountId: r.account_id,
        organisationId: r.organisation_id,
        name: r.full_name,
        jobTitle: r.job_title ?? 'worker',
        keyWorker: null,
      };
      workers.set(r.staff_id, found);
    }
    return found;
  };
  for (const m of (
    await client.query<{
      family_id: string;
      staff_id: string;
      account_id: string;
      organisation_id: string;
      full_name: string;
      job_title: string | null;
      key_worker: 'adult_mental_health' | 'childrens_services' | null;
    }>(
      `SELECT m.family_id, s.id AS staff_id, a.id AS account_id, s.organisation_id, s.full_name, s.job_title, m.key_worker
         FROM care_team_members m JOIN staff s ON s.id = m.staff_id JOIN accounts a ON a.staff_id = s.id
        WHERE m.ended_at IS NULL ORDER BY m.family_id, m.id`,
    )
  ).rows) {
    // The same worker is a key worker in one family and not in another: the family's list holds its own copy of the role.
    const base = worker(m);
    byId.get(m.family_id)?.team.push(m.key_worker ? { ...base, keyWorker: m.key_worker } : base);
  }
  for (const p of (
    await client.query<{ family_id: string; id: string; next: number }>(
      `SELECT p.family_id, p.id, coalesce(max(i.position), 0) + 1 AS next
         FROM recovery_plans p LEFT JOIN recovery_plan_items i ON i.family_id = p.family_id AND i.plan_id = p.id
        GROUP BY p.family_id, p.id`,
    )
  ).rows) {
    const f = byId.get(p.family_id);
    if (f) f.plan = { id: p.id, nextPosition: Number(p.next) };
  }
  const childrensServices = new Set(
    (await client.query<{ id: string }>("SELECT id FROM organisations WHERE kind = 'childrens_services'")).rows.map((r) => r.id),
  );

  // Each worker's meetings to open in the bench: a reservoir sample of up to 30, chosen by the seeded generator.
  const readable = new Map<string, { w: TeamWorker; seen: number; meetings: { familyId: string; meetingId: string }[] }>();
  const sampleRng = new Rng(options.seed ^ 0x17_00_17);
  const ctxReadable: Ctx['readable'] = (w, familyId, meetingId) => {
    const r = readable.get(w.staffId) ?? { w, seen: 0, meetings: [] };
    readable.set(w.staffId, r);
    r.seen++;
    if (r.meetings.length < SAMPLE) r.meetings.push({ familyId, meetingId });
    else {
      const j = Math.floor(sampleRng.next() * r.seen);
      if (j < SAMPLE) r.meetings[j] = { familyId, meetingId };
    }
  };

  const totals = { families: families.length, visits: 0, meetings: 0 };
  const counts: Record<string, number> = {};
  for (let f0 = 0; f0 < families.length; f0 += CHUNK) {
    const t = newAppointmentTables();
    const c: Ctx = { rng, baseMs: options.baseMs, t, childrensServices, readable: ctxReadable };
    for (const f of families.slice(f0, f0 + CHUNK)) {
      const family = byId.get(f.id);
      if (!family) continue;
      const made = writeAppointments(c, family);
      totals.visits += made.visits;
      totals.meetings += made.meetings;
    }
    // Parents before children: appointments before their options and meetings; meetings before their parts; decisions and
    // plan items before the actions that name them; reports before the replies to them.
    for (const b of [
      t.appointments,
      t.options,
      t.meetings,
      t.views,
      t.reports,
      t.attendance,
      t.decisions,
      t.planItems,
      t.actions,
      t.replies,
    ]) {
      counts[b.table] = (counts[b.table] ?? 0) + (await flush(client, b));
    }
  }

  // Sessions, stored by the hash of the token as the app's sign-in makes them (made again on a re-run).
  const token = (what: string) => createHash('sha256').update(`${options.seed}:meetings:${what}`).digest('base64url');
  const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');
  const far = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const sessions = new ColumnBatch('sessions', [
    ['id', 'text'],
    ['account_id', 'uuid'],
    ['stage', 'text'],
    ['csrf_token', 'text'],
    ['expires_at', 'timestamptz'],
  ]);
  const picked = [...readable.values()]
    .filter((r) => r.meetings.length > 0)
    .sort((a, b) => (a.w.staffId < b.w.staffId ? -1 : 1))
    .slice(0, WORKER_SESSIONS);
  const sessionsOut: MeetingWorkerSession[] = picked.map((r, i) => {
    const s = { token: token(`worker:${i}`), csrf: token(`worker-csrf:${i}`), staffId: r.w.staffId, meetings: r.meetings };
    sessions.add(hashToken(s.token), r.w.accountId, 'signed_in', s.csrf, far);
    return s;
  });
  await client.query('DELETE FROM sessions WHERE id = ANY($1::text[])', [sessions.data[0]]);
  await flush(client, sessions);
  await client.query(
    `ANALYZE appointments, appointment_options, meetings, meeting_views, meeting_reports, meeting_attendance, meeting_decisions,
       meeting_actions, meeting_replies, recovery_plan_items, sessions`,
  );

  const tokens: MeetingsTokens = { database: options.database, workers: sessionsOut };
  fs.mkdirSync(path.dirname(options.tokensFile), { recursive: true });
  fs.writeFileSync(options.tokensFile, JSON.stringify(tokens));
  const n = (table: string) => counts[table] ?? 0;
  return (
    `visits and meetings for ${totals.families} families in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    `${n('appointments')} appointments (${totals.visits} visits and appointments, ${totals.meetings} meetings), ` +
    `${n('appointment_options')} times offered; ${n('meeting_views')} views, ${n('meeting_reports')} reports, ` +
    `${n('meeting_replies')} replies, ${n('meeting_attendance')} attendance rows, ${n('meeting_decisions')} decisions, ` +
    `${n('meeting_actions')} actions (plan items). Sessions: ${sessionsOut.length} workers → ${options.tokensFile}`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = parseFlags({ db: 'umbrella_bench_1', seed: '20261125', tokens: '' });
  if (!/^umbrella_bench[a-z0-9_]*$/.test(flags.db)) throw new Error('--db must be a generated benchmark database (umbrella_bench…)');
  // Opening it runs the migrations the dataset was made before (the appointments and meetings tables among them).
  const database = await openDatabase({ kind: 'server', url: dbUrl(flags.db) });
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    log(`Adding visits and meetings to ${flags.db}`);
    log(
      await generateAppointments(client, {
        seed: Number(flags.seed),
        baseMs: GENERATOR_BASE_MS,
        database: `server:${flags.db}`,
        tokensFile: flags.tokens || meetingsTokensFile(flags.db),
      }),
    );
  } finally {
    await client.end();
    await database.close();
  }
}
