// Synthetic large-council dataset (deterministic from a seed), bulk-loaded into a fresh database with a verifiable audit chain.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { chainHash, GENESIS_HASH } from '../server/audit/audit-chain.ts';
import { allowLocalAppLogin } from '../server/db/app-role.ts';
import { openDatabase } from '../server/db/database.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import {
  BENCH_AUDIT_KEY_TEXT,
  BENCH_PASSWORD,
  benchAuditKey,
  dbUrl,
  log,
  outDir,
  type ParentSession,
  type ProfessionalSession,
  parseFlags,
  serverUrl,
  type Tokens,
  tokensFile,
} from './bench-common.ts';
import { ColumnBatch, flush, readSchema } from './bulk-load.ts';
import { generateAppointments, meetingsTokensFile } from './generate-appointments.ts';
import { type AuditDraft, type FamilyContext, type Org, type Staff, writeFamily } from './generate-family.ts';
import { generateNeeds, needsTokensFile } from './generate-needs.ts';
import { newTables } from './generate-tables.ts';
import { FIRST_NAMES, Rng, SURNAMES, uuidv7 } from './synthetic-data.ts';

const flags = parseFlags({
  scale: '1',
  seed: '20261125',
  db: 'umbrella_bench',
  embedded: '',
  tokens: '',
  'audit-per-entry': '4',
  streams: '32',
  'chunk-families': '250',
});

const scale = Number(flags.scale);
if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be in (0, 1]');
if (!/^[a-z][a-z0-9_]{0,62}$/.test(flags.db)) throw new Error('--db must be a lower-case identifier');
const seed = Number(flags.seed);
const STREAMS = Number(flags.streams);
const FAMILIES = Math.max(10, Math.round(50_000 * scale));
const STAFF = Math.max(20, Math.round(3_000 * scale));
const ORGS = Math.max(5, Math.round(40 * scale));
const ENTRIES_PER_FAMILY = 100; // 5,000,000 entries / 50,000 families, at every scale
const BASE_MS = Date.UTC(2026, 10, 25);
const SPAN_MS = 3 * 365 * 86_400_000;
const PARENT_SESSIONS = Math.min(FAMILIES, 5_000);
const started = Date.now();
const key = benchAuditKey();
const rng = new Rng(seed);

const ORG_KINDS = ['adult_mental_health', 'childrens_services', 'health', 'education', 'voluntary'] as const;
const ORG_KIND_WEIGHTS = [
  ['adult_mental_health', 8],
  ['childrens_services', 10],
  ['health', 8],
  ['education', 10],
  ['voluntary', 4],
] as const;
const ROLE_BY_KIND: Record<Org['kind'], readonly string[]> = {
  adult_mental_health: ['community_psychiatric_nurse', 'mental_health_social_worker', 'psychiatrist', 'peer_support_worker'],
  childrens_services: ['childrens_social_worker', 'family_support_worker', 'team_manager'],
  health: ['health_visitor'],
  education: ['school_pastoral_lead'],
  voluntary: ['family_support_worker', 'peer_support_worker', 'other'],
};

async function openTarget() {
  if (flags.embedded) {
    const dataDir = path.resolve(flags.embedded);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const database = await openDatabase({ kind: 'embedded', dataDir });
    fs.writeFileSync(path.join(dataDir, 'audit.key'), BENCH_AUDIT_KEY_TEXT, { mode: 0o600 });
    return { database, label: `embedded:${dataDir}`, dataDir };
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${flags.db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${flags.db}`);
  // The app signs in as umbrella_app (no superuser); the local benchmark server trusts it without a password.
  await allowLocalAppLogin(admin);
  await admin.end();
  const database = await openDatabase({ kind: 'server', url: dbUrl(flags.db) });
  return { database, label: `server:${flags.db}`, dataDir: undefined };
}

const BIG_TABLES = [
  'audit_events',
  'record_entries',
  'record_entry_versions',
  'record_entry_replies',
  'care_team_members',
  'people',
  'recovery_plan_items',
  'plan_shares',
  'child_words',
];

async function main() {
  log(
    `Generating ${FAMILIES} families, ${STAFF} professionals in ${ORGS} organisations, ~${FAMILIES * ENTRIES_PER_FAMILY} entries (seed ${seed})`,
  );
  const { database, label, dataDir } = await openTarget();
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    // Embedded: PGlite has one session, which the app's pool has already switched to umbrella_app; the bulk load needs its owner back.
    if (flags.embedded) await client.query('RESET ROLE');
    // A bulk load: foreign keys are correct by construction, so their triggers are skipped; indexes are built once at the end.
    await client.query("SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '512MB'");
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
         AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
      [BIG_TABLES],
    );
    for (const ix of indexes.rows) await client.query(`DROP INDEX ${ix.indexname}`);

    await readSchema(client);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const orgs: Org[] = [];
    const teams = new ColumnBatch('teams', [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['name', 'text'],
      ['created_at', 'timestamptz'],
    ]);
    const orgBatch = new ColumnBatch('organisations', [
      ['id', 'uuid'],
      ['name', 'text'],
      ['kind', 'text'],
      ['phone', 'text'],
      ['email', 'text'],
      ['created_at', 'timestamptz'],
    ]);
    const t0 = BASE_MS - SPAN_MS - 86_400_000;
    for (let i = 0; i < ORGS; i++) {
      const kind = i < ORG_KINDS.length ? (ORG_KINDS[i] as Org['kind']) : rng.weighted(ORG_KIND_WEIGHTS);
      const org: Org = { id: uuidv7(rng, t0), kind, name: `${kind.replace(/_/g, ' ')} service ${i + 1}`, teamIds: [] };
      orgBatch.add(org.id, org.name, kind, `0161 496 ${String(1000 + i)}`, `contact${i + 1}@example.org`, new Date(t0).toISOString());
      for (let t = 0; t < 3; t++) {
        const id = uuidv7(rng, t0);
        org.teamIds.push(id);
        teams.add(id, org.id, `Team ${t + 1}`, new Date(t0).toISOString());
      }
      orgs.push(org);
    }
    const staff: Staff[] = [];
    const staffBatch = new ColumnBatch('staff', [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['team_id', 'uuid'],
      ['full_name', 'text'],
      ['discipline', 'text'],
      ['role', 'text'],
      ['job_title', 'text'],
      ['email', 'text'],
      ['phone', 'text'],
      ['created_at', 'timestamptz'],
    ]);
    const accounts = new ColumnBatch('accounts', [
      ['id', 'uuid'],
      ['username', 'text'],
      ['password_hash', 'text'],
      ['kind', 'text'],
      ['staff_id', 'uuid'],
      ['family_id', 'uuid'],
      ['person_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ]);
    for (let i = 0; i < STAFF; i++) {
      const org = orgs[i % ORGS];
      if (!org) throw new Error('no organisation');
      const teamRole = rng.pick(ROLE_BY_KIND[org.kind]);
      const s: Staff = {
        id: uuidv7(rng, t0),
        accountId: uuidv7(rng, t0),
        org,
        teamRole,
        name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
        families: [],
        familyCount: 0,
      };
      staff.push(s);
      staffBatch.add(
        s.id,
        org.id,
        rng.pick(org.teamIds),
        s.name,
        org.kind,
        teamRole === 'team_manager' || rng.chance(0.04) ? 'team_manager' : 'practitioner',
        teamRole.replace(/_/g, ' '),
        `staff${i}@example.org`,
        null,
        new Date(t0).toISOString(),
      );
      accounts.add(s.accountId, `staff${i}`, passwordHash, 'professional', s.id, null, null, new Date(t0).toISOString());
    }
    for (const b of [orgBatch, teams, staffBatch, accounts]) await flush(client, b);

    // Entries per family: log-normal, so a few families have many times the average (the same shape at every scale).
    const weights = Array.from({ length: FAMILIES }, () => Math.exp(0.8 * rng.normal()));
    const meanWeight = weights.reduce((a, b) => a + b, 0) / FAMILIES;
    const heads = Array.from({ length: STREAMS }, () => ({ seq: 0, hash: GENESIS_HASH }));
    const parentEvery = Math.max(1, Math.floor(FAMILIES / PARENT_SESSIONS));
    const parentAccounts: { familyId: string; accountId: string }[] = [];
    const totals = {
      entries: 0,
      versions: 0,
      replies: 0,
      audit: 0,
      people: 0,
      members: 0,
      planItems: 0,
      planVersions: 0,
      ratings: 0,
      documents: 0,
      shares: 0,
      childWords: 0,
    };
    const chunk = Number(flags['chunk-families']);
    const amh = staff.filter((s) => s.org.kind === 'adult_mental_health');
    const cs = staff.filter((s) => s.org.kind === 'childrens_services');
    let inflight: Promise<void> = Promise.resolve();
    for (let f0 = 0; f0 < FAMILIES; f0 += chunk) {
      const tables = newTables();
      const drafts: AuditDraft[] = [];
      for (let f = f0; f < Math.min(FAMILIES, f0 + chunk); f++) {
        const ctx: FamilyContext = {
          rng,
          index: f,
          createdMs: BASE_MS - SPAN_MS + Math.floor((f / FAMILIES) * SPAN_MS * 0.5),
          baseMs: BASE_MS,
          entries: Math.max(1, Math.round((ENTRIES_PER_FAMILY * (weights[f] ?? 1)) / meanWeight)),
          viewsPerEntry: Number(flags['audit-per-entry']) - 1,
          passwordHash,
          staff,
          amh,
          cs,
        };
        const made = writeFamily(ctx, tables, drafts);
        if (f % parentEvery === 0) parentAccounts.push({ familyId: made.familyId, accountId: made.parentAccountId });
        if (f % 25 === 0) await new Promise((r) => setImmediate(r));
      }
      // Chain the chunk's events in time order, each on a random stream, as the app would.
      drafts.sort((a, b) => a.at - b.at);
      for (let i = 0; i < drafts.length; i++) {
        const d = drafts[i];
        if (!d) continue;
        const stream = rng.int(0, STREAMS - 1);
        const head = heads[stream];
        if (!head) throw new Error('no head');
        const fields = {
          stream,
          seq: head.seq + 1,
          id: uuidv7(rng, d.at),
          occurredAt: new Date(d.at),
          action: d.action,
          outcome: d.outcome,
          actorKind: d.actorKind,
          actorAccountId: d.accountId,
          actorStaffId: d.staffId,
          familyId: d.familyId,
          subjectType: d.subjectType,
          subjectId: d.subjectId,
          requestId: uuidv7(rng, d.at),
          ip: `10.${(d.at >>> 16) & 255}.${(d.at >>> 8) & 255}.${d.at & 255}`,
          details: d.details,
          prevHash: head.hash,
        };
        const hash = chainHash(key, fields);
        head.seq = fields.seq;
        head.hash = hash;
        tables.audit.add(
          stream,
          fields.seq,
          fields.id,
          fields.occurredAt.toISOString(),
          fields.action,
          fields.outcome,
          fields.actorKind,
          fields.actorAccountId,
          fields.actorStaffId,
          fields.familyId,
          fields.subjectType,
          fields.subjectId,
          fields.requestId,
          fields.ip,
          JSON.stringify(fields.details),
          fields.prevHash,
          hash,
        );
        if (i % 5000 === 0) await new Promise((r) => setImmediate(r));
      }
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += tables[key].count;
      await inflight;
      const done = Math.min(FAMILIES, f0 + chunk);
      inflight = (async () => {
        for (const b of Object.values(tables)) await flush(client, b);
        const secs = (Date.now() - started) / 1000;
        if (done === FAMILIES || Math.floor(done / chunk) % 8 === 0)
          log(
            `${done}/${FAMILIES} families; ${totals.entries} entries, ${totals.audit} audit rows (${secs.toFixed(0)} s, ${Math.round(totals.audit / secs)} audit rows/s)`,
          );
      })();
    }
    await inflight;
    for (const [stream, head] of heads.entries()) {
      if (head.seq > 0)
        await client.query('INSERT INTO audit_stream_heads (stream, seq, hash) VALUES ($1, $2, $3)', [stream, head.seq, head.hash]);
    }

    // Sessions for the load scripts: stored by the hash of the token, exactly as the app's sign-in makes them.
    const token = (what: string) => createHash('sha256').update(`${seed}:${what}`).digest('base64url');
    const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');
    const sessions = new ColumnBatch('sessions', [
      ['id', 'text'],
      ['account_id', 'uuid'],
      ['stage', 'text'],
      ['csrf_token', 'text'],
      ['expires_at', 'timestamptz'],
    ]);
    const far = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const professionals: ProfessionalSession[] = staff
      .filter((s) => s.families.length > 0)
      .map((s, i) => {
        const t = token(`staff-session:${i}`);
        const csrf = token(`staff-csrf:${i}`);
        sessions.add(hashToken(t), s.accountId, 'signed_in', csrf, far);
        return { token: t, csrf, staffId: s.id, families: s.families };
      });
    const parents: ParentSession[] = parentAccounts.map((p, i) => {
      const t = token(`parent-session:${i}`);
      const csrf = token(`parent-csrf:${i}`);
      sessions.add(hashToken(t), p.accountId, 'signed_in', csrf, far);
      return { token: t, csrf, familyId: p.familyId };
    });
    await flush(client, sessions);
    const loaded = Date.now();
    log(`Rows loaded in ${((loaded - started) / 1000).toFixed(0)} s; building ${indexes.rows.length} indexes`);
    for (const ix of indexes.rows) await client.query(ix.indexdef);
    // The load ran with triggers off, so the list's maintained summaries (migration 0009) are made here, once.
    await client.query('SELECT refresh_family_summary(id) FROM families');
    // Issue 15: needs, support and referrals, read back from the families just made (bench/generate-needs.ts).
    const tokensName = flags.embedded ? `embedded-${path.basename(flags.embedded)}` : flags.db;
    log(await generateNeeds(client, { seed, baseMs: BASE_MS, database: label, tokensFile: needsTokensFile(tokensName), passwordHash }));
    // Issue 17: visits, appointments and meetings (bench/generate-appointments.ts), after the plans their actions go into.
    log(await generateAppointments(client, { seed, baseMs: BASE_MS, database: label, tokensFile: meetingsTokensFile(tokensName) }));
    const indexed = Date.now();
    log(`Indexes and family summaries built in ${((indexed - loaded) / 1000).toFixed(0)} s; VACUUM ANALYZE`);
    await client.query('SET session_replication_role = origin');
    await client.query('VACUUM ANALYZE');
    const size = dataDir
      ? execFileSync('du', ['-sb', dataDir], { encoding: 'utf8' }).split('\t')[0]
      : (await client.query<{ size: string }>('SELECT pg_database_size(current_database())::text AS size')).rows[0]?.size;
    const tokens: Tokens = { database: label, scale, professionals, parents };
    const file = flags.tokens || tokensFile(flags.embedded ? `embedded-${path.basename(flags.embedded)}` : flags.db);
    fs.mkdirSync(outDir(), { recursive: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(tokens));
    const secs = (Date.now() - started) / 1000;
    log(
      `Done in ${secs.toFixed(0)} s (load ${((loaded - started) / 1000).toFixed(0)} s, indexes ${((indexed - loaded) / 1000).toFixed(0)} s, vacuum ${((Date.now() - indexed) / 1000).toFixed(0)} s). ` +
        `${label}: ${FAMILIES} families, ${totals.people} people, ${STAFF} professionals, ${totals.members} care-team memberships, ` +
        `${totals.entries} entries, ${totals.versions} versions, ${totals.replies} replies, ${totals.audit} audit rows; ` +
        `plans: ${FAMILIES} recovery plans with ${totals.planItems} items, ${totals.planVersions} frozen versions, ${totals.ratings} ratings; ` +
        `${totals.documents} wellness and contingency plans, ${totals.shares} shares, ${totals.childWords} children's words; ` +
        `size ${(Number(size) / 2 ** 30).toFixed(2)} GiB. Sessions: ${tokens.professionals.length} professionals, ${tokens.parents.length} parents → ${file}`,
    );
  } finally {
    await client.end();
    await database.close();
  }
}

await main();
