// EXPLAIN (ANALYZE, BUFFERS) of every statement the benchmarked endpoints send, captured from the real app on a generated database.
import fs from 'node:fs';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { openDatabase } from '../server/db/database.ts';
import { benchAuditKey, dbUrl, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { type MeetingsTokens, meetingsTokensFile } from './generate-appointments.ts';
import { type NeedsTokens, needsTokensFile } from './generate-needs.ts';

const flags = parseFlags({ db: 'umbrella_bench_1', only: '' });
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;
const prof = tokens.professionals[Math.floor(tokens.professionals.length / 2)];
const parent = tokens.parents[Math.floor(tokens.parents.length / 2)];
if (!prof || !parent) throw new Error('no sessions in the tokens file');
const familyId = prof.families[0] ?? '';

// Every statement the app sends, with its parameters, exactly as pg writes it.
type Statement = { text: string; values: unknown[] };
let captured: Statement[] = [];
const database = await openDatabase({ kind: 'server', url: dbUrl(flags.db) }, false);
database.pool.on('connect', (client) => {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [first, second] = args;
    // A string with values, or (a prepared statement) an object with its name, text and values.
    const config = typeof first === 'string' ? { text: first, values: second } : (first as { text?: unknown; values?: unknown });
    if (typeof config?.text === 'string') captured.push({ text: config.text, values: Array.isArray(config.values) ? config.values : [] });
    return send(...args);
  };
});
// The generator's sessions were made some time ago: mark them used now so the idle timeout does not end them.
await database.pool.query('UPDATE sessions SET last_seen_at = now() WHERE ended_at IS NULL');
const app = await buildApp({
  db: database.db,
  audit: createAuditLog({ key: benchAuditKey(), streams: 32 }),
  databaseMode: 'server',
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 3_600_000,
  logLevel: 'silent',
  cookie: { name: 'umbrella-session', secure: false },
});

const SCENARIOS: [string, string, string][] = [
  ['open a family `GET /api/families/:id`', `/api/families/${familyId}`, prof.token],
  ["professional's families `GET /api/families`", '/api/families', prof.token],
  ['My record, first page `GET /api/portal/record`', '/api/portal/record', parent.token],
  ['Who has looked, first page `GET /api/portal/access-log`', '/api/portal/access-log', parent.token],
  ['open the recovery plan `GET /api/families/:id/recovery-plan`', `/api/families/${familyId}/recovery-plan`, prof.token],
];
// Issue 15's reads, when bench/generate-needs.ts has made their sessions: a family's needs and the team's view of the gap.
if (fs.existsSync(needsTokensFile(flags.db))) {
  const needs = JSON.parse(fs.readFileSync(needsTokensFile(flags.db), 'utf8')) as NeedsTokens;
  const worker = needs.workers[Math.floor(needs.workers.length / 2)];
  const manager = needs.managers[Math.floor(needs.managers.length / 2)];
  if (worker) SCENARIOS.push(["a family's needs `GET /api/families/:id/needs`", `/api/families/${worker.families[0]}/needs`, worker.token]);
  if (manager) SCENARIOS.push(["the team's view of the gap `GET /api/teams/needs-gap`", '/api/teams/needs-gap', manager.token]);
}

// Issue 17's reads, when bench/generate-appointments.ts has made their sessions: the parent's calendar and a meeting's
// record page as a worker who chairs or comes to it.
if (fs.existsSync(meetingsTokensFile(flags.db))) {
  const meetings = JSON.parse(fs.readFileSync(meetingsTokensFile(flags.db), 'utf8')) as MeetingsTokens;
  const worker = meetings.workers[Math.floor(meetings.workers.length / 2)];
  const meeting = worker?.meetings[0];
  SCENARIOS.push(["the parent's calendar `GET /api/portal/calendar`", '/api/portal/calendar', parent.token]);
  if (worker && meeting)
    SCENARIOS.push([
      'a meeting’s record page `GET /api/families/:familyId/meetings/:meetingId`',
      `/api/families/${meeting.familyId}/meetings/${meeting.meetingId}`,
      worker.token,
    ]);
}

/** A short name for a statement: what it does, from its first words. */
function label(text: string): string {
  const flat = text
    .replace(/^\s*\/\*.*?\*\//, '')
    .replace(/\s+/g, ' ')
    .trim();
  const from = / from "?([a-z_]+)"?/i.exec(flat)?.[1];
  if (/^with "?stepped"?/i.test(flat)) return 'audit append: step the head if it is where this process last saw it, insert the row';
  if (/^update "?audit_stream_heads/i.test(flat)) return 'audit: take the stream head';
  if (/^with "?appended/i.test(flat)) return 'audit: insert the row, move the head';
  if (/^select .* from "sessions"/i.test(flat)) return 'session, account, staff and person';
  if (/ from "families" as "f"/i.test(flat)) return "the professional's families, with counts";
  if (/^select .* from "families"/i.test(flat)) return 'the family (access check) and what is read with it';
  return `${flat.split(' ')[0]?.toUpperCase()} … ${from ?? ''}`.trim();
}

/** One word for the statement list. */
function short(text: string): string {
  const l = label(text);
  if (l.startsWith('audit append')) return text.startsWith('/*') ? 'audit event (last, COMMIT written with it)' : 'audit event';
  if (l.startsWith('session')) return 'session';
  if (l.startsWith('the family')) return 'family (+ reads)';
  if (l.startsWith("the professional's")) return 'families list';
  if (/^(BEGIN|COMMIT|START)/i.test(text.trim())) return text.trim().toUpperCase();
  return l.replace(/^SELECT … /, '');
}

const owner = new pg.Client(database.ownerConnection);
await owner.connect();
let out = '';
// Each distinct statement is explained once; later scenarios refer back to it.
const shown = new Set<string>();
try {
  for (const [title, url, token] of SCENARIOS) {
    if (flags.only && !title.includes(flags.only)) continue;
    // Warm up first, so the app knows every audit stream's head (its steady state), then the captured run.
    for (let i = 0; i < 300; i++) await app.inject({ method: 'GET', url, headers: { cookie: `umbrella-session=${token}` } });
    captured = [];
    const res = await app.inject({ method: 'GET', url, headers: { cookie: `umbrella-session=${token}` } });
    const statements = captured.filter((s) => !/^\s*(begin|start|commit|rollback|set )/i.test(s.text));
    const sent = captured.map((s) => short(s.text));
    // BEGIN is written with the statement after it, COMMIT with a statement marked as the transaction's last, and a
    // READ ONLY transaction's COMMIT is not waited for: none of them is a round trip of its own.
    let readOnly = false;
    const trips = captured.filter((s, i) => {
      if (/^\s*(begin|start)/i.test(s.text)) {
        readOnly = /read only/i.test(s.text);
        return false;
      }
      if (/^\s*commit/i.test(s.text)) return !(readOnly || captured[i - 1]?.text.startsWith('/*'));
      return true;
    }).length;
    out += `\n### ${title}\n\nHTTP ${res.statusCode}. Statements: ${sent.join(', ')}; round trips: ${trips}.\n`;
    for (const [i, s] of statements.entries()) {
      const shape = s.text.replace(/\$\d+/g, '$');
      if (shown.has(shape)) {
        out += `\n${i + 1}. ${label(s.text)}: the same statement as above.\n`;
        continue;
      }
      shown.add(shape);
      // Inside a transaction that is rolled back: EXPLAIN ANALYZE runs the statement, and the audit append writes.
      await owner.query('BEGIN');
      try {
        await owner.query('SET LOCAL ROLE umbrella_app');
        await owner.query('SAVEPOINT before_explain');
        let plan: pg.QueryResult<{ 'QUERY PLAN': string }>;
        let note = '';
        try {
          plan = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
        } catch (error) {
          // A write that cannot happen twice (its row is there now, or the head it expected has moved on
          // because the request itself moved it): the plan without running it.
          await owner.query('ROLLBACK TO SAVEPOINT before_explain');
          plan = await owner.query(`EXPLAIN ${s.text}`, s.values);
          note = ` (plan only: run again it fails, as it should: ${(error as Error).message})`;
        }
        out += `\n${i + 1}. ${label(s.text)}${note}\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`;
      } finally {
        await owner.query('ROLLBACK');
      }
    }
  }
} finally {
  await owner.end();
  await app.close();
  await database.close();
}
process.stdout.write(out);
