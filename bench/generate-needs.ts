// Needs, support, referrals and barriers for the synthetic families (issue 15), at council scale, with a team manager
// for every team and sessions for the needs bench. Runs inside generate.ts, or on top of an existing generated
// database without making it again (the migrations are run first, then any earlier needs are replaced):
//   npx tsx bench/generate-needs.ts --db umbrella_bench_100
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/db/database.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import { NEED_DOMAIN_KEYS, type NeedDomain } from '../shared/domain/needs.ts';
import { BENCH_PASSWORD, dbUrl, log, outDir, type ProfessionalSession, parseFlags } from './bench-common.ts';
import { ColumnBatch, flush, readSchema, wordArray } from './bulk-load.ts';
import { type NeedFamily, type Service, type Worker, writeNeeds } from './generate-needs-family.ts';
import { newNeedTables } from './generate-needs-tables.ts';
import { Rng, uuidv7 } from './synthetic-data.ts';

/** The sessions bench/needs.ts signs in with: workers with families of their caseload, and one manager per team. */
export type ManagerSession = { token: string; csrf: string; staffId: string; teamId: string };
export type NeedsTokens = { database: string; workers: ProfessionalSession[]; managers: ManagerSession[] };
export const needsTokensFile = (name: string) => path.join(outDir(), `${name}.needs-tokens.json`);

const CHUNK = 2_000;
const WORKER_SESSIONS = 500;
const SAMPLE = 30;

/** Writes the needs of every family in the database `client` is connected to (as its owner); returns a summary line. */
export async function generateNeeds(
  client: pg.ClientBase,
  options: { seed: number; baseMs: number; database: string; tokensFile: string; passwordHash?: string },
): Promise<string> {
  const started = Date.now();
  const rng = new Rng(options.seed ^ 0x15_15_15);
  await readSchema(client);
  // Earlier needs (a re-run) are replaced whole; the families, staff and record are not touched.
  await client.query('TRUNCATE referral_status_changes, need_supports, needs, person_barriers');
  await client.query("DELETE FROM disclosures WHERE via = 'referral'");
  await client.query("DELETE FROM directory_services WHERE id LIKE 'bench-%'");
  await client.query("DELETE FROM directory_organisations WHERE id LIKE 'bench-%'");

  // A small directory: a service per area of life and a few more, so referrals name a service as they do in the app.
  const services: Service[] = [];
  const orgs = new ColumnBatch('directory_organisations', [
    ['id', 'text'],
    ['name', 'text'],
  ]);
  const serviceRows = new ColumnBatch('directory_services', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['name', 'text'],
    ['description', 'text'],
    ['domains', 'text[]'],
  ]);
  for (let i = 0; i < 40; i++) {
    const domain = NEED_DOMAIN_KEYS[i % NEED_DOMAIN_KEYS.length] as NeedDomain;
    const s: Service = { id: `bench-service-${i + 1}`, domains: [domain] };
    if (i % 4 === 0) orgs.add(`bench-org-${i / 4 + 1}`, `Community organisation ${i / 4 + 1}`);
    serviceRows.add(
      s.id,
      `bench-org-${Math.floor(i / 4) + 1}`,
      `${domain.replace(/_/g, ' ')} service ${i + 1}`,
      'A community service.',
      wordArray(s.domains),
    );
    services.push(s);
  }
  await flush(client, orgs);
  await flush(client, serviceRows);

  // The families as the generator made them: the parent who signs in first, the other parent, the children, the team.
  const families = (
    await client.query<{ id: string; ms: number }>(
      'SELECT id, (extract(epoch FROM created_at) * 1000)::float8 AS ms FROM families ORDER BY id',
    )
  ).rows;
  const byId = new Map<string, NeedFamily>();
  for (const f of families) byId.set(f.id, { id: f.id, createdMs: f.ms, parents: [], children: [], parentAccountId: null, team: [] });
  for (const a of (
    await client.query<{ family_id: string; id: string; person_id: string }>(
      "SELECT family_id, id, person_id FROM accounts WHERE kind = 'parent' AND family_id IS NOT NULL ORDER BY family_id, id",
    )
  ).rows) {
    const f = byId.get(a.family_id);
    if (f && f.parentAccountId === null) {
      f.parentAccountId = a.id;
      f.parents.push(a.person_id);
    }
  }
  for (const p of (
    await client.query<{ family_id: string; id: string; kind: string }>(
      "SELECT family_id, id, kind FROM people WHERE kind IN ('parent', 'child') ORDER BY family_id, id",
    )
  ).rows) {
    const f = byId.get(p.family_id);
    if (!f) continue;
    if (p.kind === 'child') f.children.push(p.id);
    else if (!f.parents.includes(p.id)) f.parents.push(p.id);
  }
  for (const m of (
    await client.query<{ family_id: string; staff_id: string; account_id: string; organisation_id: string; description: string }>(
      `SELECT m.family_id, s.id AS staff_id, a.id AS account_id, s.organisation_id, s.full_name || ', ' || o.name AS description
       FROM care_team_members m JOIN staff s ON s.id = m.staff_id JOIN organisations o ON o.id = s.organisation_id
       JOIN accounts a ON a.staff_id = s.id
      WHERE m.ended_at IS NULL ORDER BY m.family_id, m.id`,
    )
  ).rows) {
    const w: Worker = { staffId: m.staff_id, accountId: m.account_id, organisationId: m.organisation_id, description: m.description };
    byId.get(m.family_id)?.team.push(w);
  }

  const totals = { families: families.length, needs: 0, supports: 0, steps: 0, disclosures: 0, barriers: 0 };
  for (let f0 = 0; f0 < families.length; f0 += CHUNK) {
    const t = newNeedTables();
    for (const f of families.slice(f0, f0 + CHUNK)) {
      const family = byId.get(f.id);
      if (family) writeNeeds(rng, family, options.baseMs, services, t);
    }
    totals.supports += t.supports.count;
    totals.steps += t.steps.count;
    totals.disclosures += t.disclosures.count;
    totals.barriers += t.barriers.count;
    // Needs before the support that points at them, and disclosures before the referrals that name them.
    totals.needs += await flush(client, t.needs);
    for (const b of [t.disclosures, t.supports, t.steps, t.barriers]) await flush(client, b);
  }

  // A team manager for every team that has none, so the team's view of the gap has someone to open it.
  const teams = (
    await client.query<{ id: string; organisation_id: string; manager: string | null; manager_account: string | null }>(
      `SELECT t.id, t.organisation_id, s.id AS manager, a.id AS manager_account FROM teams t
         LEFT JOIN LATERAL (SELECT s.id FROM staff s WHERE s.team_id = t.id AND s.role = 'team_manager' ORDER BY s.id LIMIT 1) s ON true
         LEFT JOIN accounts a ON a.staff_id = s.id
        ORDER BY t.id`,
    )
  ).rows;
  const missing = teams.filter((t) => t.manager === null);
  if (missing.length) {
    const hash = options.passwordHash ?? (await hashPassword(BENCH_PASSWORD));
    for (const [i, team] of missing.entries()) {
      team.manager = uuidv7(rng, options.baseMs);
      team.manager_account = uuidv7(rng, options.baseMs);
      await client.query(
        `INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title, email)
         VALUES ($1, $2, $3, $4, 'Team management', 'team_manager', 'team manager', $5)`,
        [team.manager, team.organisation_id, team.id, `Team Manager ${i + 1}`, `bench-manager-${team.id}@example.org`],
      );
      await client.query(`INSERT INTO accounts (id, username, password_hash, kind, staff_id) VALUES ($1, $2, $3, 'professional', $4)`, [
        team.manager_account,
        `bench-manager-${team.id}`,
        hash,
        team.manager,
      ]);
    }
  }

  // Sessions, stored by the hash of the token as the app's sign-in makes them (made again on a re-run).
  const token = (what: string) => createHash('sha256').update(`${options.seed}:needs:${what}`).digest('base64url');
  const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');
  const far = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const sessions = new ColumnBatch('sessions', [
    ['id', 'text'],
    ['account_id', 'uuid'],
    ['stage', 'text'],
    ['csrf_token', 'text'],
    ['expires_at', 'timestamptz'],
  ]);
  const managers: ManagerSession[] = teams.map((t, i) => {
    const s = { token: token(`manager:${i}`), csrf: token(`manager-csrf:${i}`), staffId: t.manager ?? '', teamId: t.id };
    sessions.add(hashToken(s.token), t.manager_account, 'signed_in', s.csrf, far);
    return s;
  });
  // Workers with families: a sample of up to 30 of each one's caseload, chosen by a hash so a re-run picks the same.
  const staffRows = (
    await client.query<{ staff_id: string; account_id: string; families: string[] }>(
      `SELECT s.id AS staff_id, a.id AS account_id,
              array(SELECT m.family_id FROM care_team_members m WHERE m.staff_id = s.id AND m.ended_at IS NULL
                     ORDER BY md5(m.family_id::text) LIMIT ${SAMPLE}) AS families
         FROM staff s JOIN accounts a ON a.staff_id = s.id
        WHERE s.role IN ('practitioner', 'team_manager') ORDER BY md5(s.id::text) LIMIT ${WORKER_SESSIONS * 2}`,
    )
  ).rows.filter((r) => r.families.length > 0);
  const workers: ProfessionalSession[] = staffRows.slice(0, WORKER_SESSIONS).map((r, i) => {
    const s = { token: token(`worker:${i}`), csrf: token(`worker-csrf:${i}`), staffId: r.staff_id, families: r.families };
    sessions.add(hashToken(s.token), r.account_id, 'signed_in', s.csrf, far);
    return s;
  });
  await client.query('DELETE FROM sessions WHERE id = ANY($1::text[])', [sessions.data[0]]);
  await flush(client, sessions);
  await client.query('ANALYZE needs, need_supports, referral_status_changes, person_barriers, disclosures, staff, accounts, sessions');

  const tokens: NeedsTokens = { database: options.database, workers, managers };
  fs.mkdirSync(path.dirname(options.tokensFile), { recursive: true });
  fs.writeFileSync(options.tokensFile, JSON.stringify(tokens));
  return (
    `needs for ${totals.families} families in ${((Date.now() - started) / 1000).toFixed(0)} s: ${totals.needs} needs, ` +
    `${totals.supports} supports, ${totals.steps} referral steps, ${totals.disclosures} referral disclosures, ` +
    `${totals.barriers} people with barriers; ${missing.length} team managers added (${teams.length} teams). ` +
    `Sessions: ${workers.length} workers, ${managers.length} managers → ${options.tokensFile}`
  );
}

/** The generator's base date (generate.ts): the synthetic record ends the day before it. */
export const GENERATOR_BASE_MS = Date.UTC(2026, 10, 25);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = parseFlags({ db: 'umbrella_bench_1', seed: '20261125', tokens: '' });
  if (!/^umbrella_bench[a-z0-9_]*$/.test(flags.db)) throw new Error('--db must be a generated benchmark database (umbrella_bench…)');
  // Opening it runs the migrations the dataset was made before (the needs tables among them).
  const database = await openDatabase({ kind: 'server', url: dbUrl(flags.db) });
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    log(`Adding needs to ${flags.db}`);
    log(
      await generateNeeds(client, {
        seed: Number(flags.seed),
        baseMs: GENERATOR_BASE_MS,
        database: `server:${flags.db}`,
        tokensFile: flags.tokens || needsTokensFile(flags.db),
      }),
    );
  } finally {
    await client.end();
    await database.close();
  }
}
