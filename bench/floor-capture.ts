// Issue 22's honest floor: captures the statements the app sends for four endpoints, keeps those that read or write the
// endpoint's own data, and replays them for another request with that request's ids (bench-server.ts --mode floor|naive).
import type pg from 'pg';
import { buildApp } from '../server/app.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { openDatabase } from '../server/db/database.ts';
import { newId } from '../server/db/ids.ts';
import { THEN_COMMIT } from '../server/db/pipelined-pool.ts';
import { hashToken } from '../server/modules/auth/auth.service.ts';
import { benchAuditKey, dbUrl, type Tokens } from './bench-common.ts';
import { nextIdempotencyKey, requestMaker } from './requests.ts';
import { Rng } from './synthetic-data.ts';

export type Endpoint = 'family' | 'record' | 'list' | 'write';
export const ENDPOINTS: readonly Endpoint[] = ['family', 'record', 'list', 'write'];

/** Who a session token belongs to, resolved once at start (the floor does no session lookup per request). */
export type Identity = {
  accountId: string;
  staffId: string | null;
  organisationId: string | null;
  familyId: string | null;
  personId: string | null;
};
type IdKey = keyof Identity;

/** Where each value of a replayed statement comes from. */
export type ValueSource =
  | { kind: 'const'; value: unknown }
  | { kind: 'id'; which: IdKey }
  | { kind: 'body'; field: string }
  | { kind: 'idempotency' }
  | { kind: 'fresh'; slot: number }
  | { kind: 'now'; form: 'date' | 'iso' }
  | { kind: 'result'; statement: number; path: (string | number)[]; take?: number }
  | { kind: 'array'; items: ValueSource[] }
  | { kind: 'concat'; parts: ValueSource[] };

export type PlannedStatement = {
  name: string;
  text: string;
  sources: ValueSource[];
  /** Kept statements whose answers the app had before sending this one; the others it sent together (pipelined). */
  after: number[];
};
export type Plan = {
  endpoint: Endpoint;
  sampleStatus: number;
  statements: PlannedStatement[];
  dropped: { text: string; reason: string }[];
};

/** Per floor request: who asks, about which family, with which body. */
export type RequestContext = {
  identity: Identity;
  familyId: string | null;
  body: Record<string, unknown>;
  idempotencyKey: string | null;
  now: Date;
  fresh: Map<number, string>;
};

const TRANSACTION_CONTROL = /^\s*(begin|start|commit|rollback|savepoint|release|end|abort)\b/i;
const SESSION_TABLE = /\b(from|update|into|join)\s+"?sessions"?(\s|$)/i;
const AUDIT_TABLES = /\baudit_(events|stream_heads)\b/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_INSIDE = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** Why a captured statement is not the endpoint's own data (null: it is, and the floor sends it). */
function dropReason(text: string): string | null {
  if (TRANSACTION_CONTROL.test(text)) return 'transaction control';
  if (AUDIT_TABLES.test(text) || text.includes(THEN_COMMIT)) return 'audit';
  if (SESSION_TABLE.test(text)) return 'session lookup or refresh';
  if (/\brate_limits\b/i.test(text)) return 'rate limit';
  // A retried write's lookup of its first answer (the first attempt's path folds the key into its INSERT).
  if (/^\s*select\b/i.test(text) && /\bidempotency_(key|fingerprint)\b/i.test(text)) return 'idempotency';
  return null;
}

/** Sessions of these tokens, with their account, staff member's organisation, family and person. */
export async function resolveIdentities(pool: pg.Pool, tokens: string[]): Promise<Map<string, Identity>> {
  const byHash = new Map(tokens.map((t) => [hashToken(t), t]));
  const r = await pool.query<{
    id: string;
    account_id: string;
    staff_id: string | null;
    organisation_id: string | null;
    family_id: string | null;
    person_id: string | null;
  }>(
    `SELECT s.id, a.id AS account_id, a.staff_id, st.organisation_id, a.family_id, a.person_id
       FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN staff st ON st.id = a.staff_id
      WHERE s.id = ANY($1::text[])`,
    [[...byHash.keys()]],
  );
  const out = new Map<string, Identity>();
  for (const row of r.rows) {
    const token = byHash.get(row.id);
    if (token)
      out.set(token, {
        accountId: row.account_id,
        staffId: row.staff_id,
        organisationId: row.organisation_id,
        familyId: row.family_id,
        personId: row.person_id,
      });
  }
  return out;
}

/** Every leaf of a result (rows, json columns parsed) with its path. */
function leaves(value: unknown, path: (string | number)[], out: { value: unknown; path: (string | number)[] }[]) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push({ value, path });
  return out;
}

/** The values at `path` ('*' in it: every item of that array, in order). */
export function collect(value: unknown, path: (string | number)[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => collect(v, rest)) : [];
  if (value === null || typeof value !== 'object') return [];
  return collect((value as Record<string | number, unknown>)[head as string | number], rest);
}

type SampleFacts = {
  ids: Map<string, IdKey>;
  body: Map<string, string>;
  idempotencyKey: string | null;
  windowMs: [number, number];
  fresh: Map<string, number>;
  earlier: { statement: number; rows: unknown[] }[];
};

function sourceOf(value: unknown, facts: SampleFacts): ValueSource {
  const inWindow = (ms: number) => ms >= facts.windowMs[0] && ms <= facts.windowMs[1];
  if (value instanceof Date) return inWindow(value.getTime()) ? { kind: 'now', form: 'date' } : { kind: 'const', value };
  if (Array.isArray(value)) {
    const items = value.map((v) => sourceOf(v, facts));
    // Ids of the request itself ([the author]) item by item; a list taken from an earlier answer as that answer's list.
    if (items.every((i) => i.kind !== 'const' && i.kind !== 'result')) return { kind: 'array', items };
    const derived = value.length > 0 && value.every((v) => typeof v === 'string' && UUID.test(v)) ? arrayFromResult(value, facts) : null;
    return derived ?? { kind: 'array', items };
  }
  if (typeof value !== 'string') return { kind: 'const', value };
  if (!UUID.test(value) && UUID_INSIDE.test(value)) {
    // An id inside a text (an advisory lock's key, say): the request's id in its place.
    const parts = value
      .split(UUID_INSIDE)
      .map((part, i) => (i % 2 === 1 ? sourceOf(part, facts) : { kind: 'const' as const, value: part }));
    if (parts.some((p) => p.kind !== 'const')) return { kind: 'concat', parts };
  }
  const id = facts.ids.get(value);
  if (id) return { kind: 'id', which: id };
  if (facts.idempotencyKey !== null && value === facts.idempotencyKey) return { kind: 'idempotency' };
  const field = facts.body.get(value);
  if (field) return { kind: 'body', field };
  if (UUID.test(value)) {
    for (const { statement, rows } of facts.earlier) {
      const hit = leaves(rows, [], []).find((l) => l.value === value);
      if (hit) return { kind: 'result', statement, path: hit.path };
    }
    if (UUID_V7.test(value) && inWindow(Number.parseInt(value.replace(/-/g, '').slice(0, 12), 16))) {
      let slot = facts.fresh.get(value);
      if (slot === undefined) {
        slot = facts.fresh.size;
        facts.fresh.set(value, slot);
      }
      return { kind: 'fresh', slot };
    }
  }
  if (ISO_TIME.test(value) && inWindow(Date.parse(value))) return { kind: 'now', form: 'iso' };
  return { kind: 'const', value };
}

/** An id list the app took from an earlier answer (say, the entries on the page): the same path in the floor's answer. */
function arrayFromResult(value: string[], facts: SampleFacts): ValueSource | null {
  for (const { statement, rows } of facts.earlier) {
    for (const first of leaves(rows, [], []).filter((l) => l.value === value[0])) {
      for (let i = first.path.length - 1; i >= 0; i--) {
        if (typeof first.path[i] !== 'number') continue;
        const path = first.path.map((p, j) => (j === i ? '*' : p));
        const got = collect(rows, path);
        // The app may take the first n (a page of 20 read with LIMIT 21 to know whether there is more).
        if (got.length >= value.length && value.every((v, j) => got[j] === v))
          return got.length === value.length
            ? { kind: 'result', statement, path }
            : { kind: 'result', statement, path, take: value.length };
      }
    }
  }
  return null;
}

/** A captured statement's values for this request. */
export function resolveValue(source: ValueSource, ctx: RequestContext, results: (pg.QueryResult | undefined)[]): unknown {
  switch (source.kind) {
    case 'const':
      return source.value;
    case 'id':
      return source.which === 'familyId' ? ctx.familyId : ctx.identity[source.which];
    case 'body':
      return ctx.body[source.field];
    case 'idempotency':
      return ctx.idempotencyKey ?? newId();
    case 'fresh': {
      let id = ctx.fresh.get(source.slot);
      if (!id) {
        id = newId();
        ctx.fresh.set(source.slot, id);
      }
      return id;
    }
    case 'now':
      return source.form === 'date' ? ctx.now : ctx.now.toISOString();
    case 'result': {
      const got = collect(results[source.statement]?.rows ?? [], source.path);
      return source.path.includes('*') ? (source.take === undefined ? got : got.slice(0, source.take)) : got[0];
    }
    case 'array':
      return source.items.map((s) => resolveValue(s, ctx, results));
    case 'concat':
      return source.parts.map((s) => String(resolveValue(s, ctx, results))).join('');
  }
}

/**
 * Sends a plan's statements on one connection as named prepared statements: each as soon as the answers it waited for
 * in the app are in (those the app sent together go out together); `sequential` awaits each in turn (the naive design).
 */
export async function runPlan(
  client: pg.PoolClient,
  plan: Plan,
  ctx: RequestContext,
  options: { sequential?: boolean } = {},
): Promise<pg.QueryResult[]> {
  const done: (pg.QueryResult | undefined)[] = [];
  const pending: Promise<pg.QueryResult>[] = [];
  const send = async (s: PlannedStatement, i: number) => {
    const values = s.sources.map((v) => resolveValue(v, ctx, done));
    // An earlier answer had nothing this statement is about (a family without a parent's account): the app would not
    // have sent it, so neither does the floor.
    if (s.sources.some((v, j) => v.kind === 'result' && values[j] === undefined)) {
      done[i] = { rows: [] } as unknown as pg.QueryResult;
      return done[i] as pg.QueryResult;
    }
    const r = await client.query({ name: s.name, text: s.text, values });
    done[i] = r;
    return r;
  };
  for (const [i, s] of plan.statements.entries()) {
    if (options.sequential) await Promise.all(pending);
    const waits = s.after.map((j) => pending[j]);
    pending[i] = waits.length === 0 || options.sequential ? send(s, i) : Promise.all(waits).then(() => send(s, i));
  }
  return Promise.all(pending);
}

type Sent = { text: string; values: unknown[]; doneBefore: number[]; rows?: unknown[] };

/**
 * Builds the real app in this process on the bench database, sends one sample request per endpoint with a real token,
 * and records what its pool sends. Refuses (throws) when an endpoint's sample failed or left no statement of its own.
 */
export async function captureStatements(db: string, tokens: Tokens, log: (line: string) => void = () => {}): Promise<Map<Endpoint, Plan>> {
  const database = await openDatabase({ kind: 'server', url: dbUrl(db), preparedStatements: 'named' });
  let sent: Sent[] | null = null;
  let completed: number[] = [];
  const hooked = new WeakSet<object>();
  // Every connection as it is handed out (the pool's first one was opened by its start checks, before any 'connect').
  database.pool.on('acquire', (client) => {
    if (hooked.has(client)) return;
    hooked.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const out = query(...args);
      const list = sent;
      if (list) {
        const [first, second] = args as [unknown, unknown];
        const config = typeof first === 'string' ? { text: first, values: second } : (first as { text?: string; values?: unknown[] });
        const index = list.length;
        const entry: Sent = { text: config.text ?? '', values: (config.values as unknown[]) ?? [], doneBefore: [...completed] };
        list.push(entry);
        if (out && typeof (out as Promise<unknown>).then === 'function')
          (out as Promise<pg.QueryResult>).then(
            (r) => {
              entry.rows = r?.rows ?? [];
              completed.push(index);
            },
            () => completed.push(index),
          );
      }
      return out;
    };
  });
  try {
    // As the full bench server does: the generator's sessions were made a while ago; mark them used so none has timed out.
    await database.pool.query('UPDATE sessions SET last_seen_at = now() WHERE ended_at IS NULL');
    const app = await buildApp({
      db: database.db,
      audit: createAuditLog({ key: benchAuditKey(), streams: 32 }),
      databaseMode: database.mode,
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      logLevel: 'silent',
      cookie: { name: 'umbrella-session', secure: false },
    });
    const plans = new Map<Endpoint, Plan>();
    try {
      for (const endpoint of ENDPOINTS) {
        const request = requestMaker(endpoint, tokens, new Rng(11))();
        const token = /umbrella-session=([^;]+)/.exec(request.headers?.cookie ?? '')?.[1] ?? '';
        const identity = (await resolveIdentities(database.pool, [token])).get(token);
        if (!identity) throw new Error(`The floor could not capture ${endpoint}: the sample's session token is not in the database.`);
        const familyId = /^\/api\/families\/([^/]+)/.exec(request.path ?? '')?.[1] ?? identity.familyId;
        const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
        // Warm-up, the same request first (a write with its own key): a first request may send statements later ones do
        // not (a cache being filled; a visit's first feedback ask of the week), and the benchmark measures the later ones.
        await app.inject({
          method: (request.method ?? 'GET') as 'GET' | 'POST',
          url: request.path ?? '/',
          headers: request.headers?.['idempotency-key']
            ? { ...request.headers, 'idempotency-key': nextIdempotencyKey('bench-capture') }
            : request.headers,
          payload: request.body,
        });
        sent = [];
        completed = [];
        const start = Date.now();
        const response = await app.inject({
          method: (request.method ?? 'GET') as 'GET' | 'POST',
          url: request.path ?? '/',
          headers: request.headers,
          payload: request.body,
        });
        const end = Date.now();
        const captured: Sent[] = sent;
        sent = null;
        // Answers still on their way (a read-only COMMIT not waited for) are not needed: only texts and values are.
        const facts: SampleFacts = {
          ids: new Map(
            (
              [
                ['accountId', identity.accountId],
                ['staffId', identity.staffId],
                ['organisationId', identity.organisationId],
                ['familyId', familyId],
                ['personId', identity.personId],
              ] as [IdKey, string | null][]
            ).flatMap(([k, v]) => (v ? [[v, k] as [string, IdKey]] : [])),
          ),
          body: new Map(Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[v, k] as [string, string]] : []))),
          idempotencyKey: request.headers?.['idempotency-key'] ?? null,
          windowMs: [start - 2_000, end + 2_000],
          fresh: new Map(),
          earlier: [],
        };
        const plan: Plan = { endpoint, sampleStatus: response.statusCode, statements: [], dropped: [] };
        const keptIndex = new Map<number, number>();
        const names = new Map<string, string>();
        for (const [i, s] of captured.entries()) {
          const reason = dropReason(s.text);
          if (reason) {
            plan.dropped.push({ text: s.text, reason });
            continue;
          }
          let name = names.get(s.text);
          if (!name) {
            name = `floor_${endpoint}_${names.size + 1}`;
            names.set(s.text, name);
          }
          const sources = s.values.map((v) => sourceOf(v, facts));
          const after = s.doneBefore.flatMap((j) => (keptIndex.has(j) ? [keptIndex.get(j) as number] : []));
          keptIndex.set(i, plan.statements.length);
          facts.earlier.push({ statement: plan.statements.length, rows: s.rows ?? [] });
          plan.statements.push({ name, text: s.text, sources, after });
        }
        if (response.statusCode < 200 || response.statusCode >= 300)
          throw new Error(`The floor could not capture ${endpoint}: the app answered its sample request ${response.statusCode}.`);
        if (plan.statements.length === 0)
          throw new Error(
            `The floor could not capture ${endpoint}: the app sent no statement of that endpoint's own data ` +
              `(${captured.length} captured, all dropped as session, audit or transaction control). Refusing to start.`,
          );
        plans.set(endpoint, plan);
        log(describePlan(plan));
      }
    } finally {
      await app.close();
    }
    return plans;
  } finally {
    sent = null;
    await database.close();
  }
}

const short = (text: string, n: number) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};
const describeSource = (s: ValueSource): string => {
  switch (s.kind) {
    case 'const':
      return JSON.stringify(s.value)?.slice(0, 40) ?? 'undefined';
    case 'id':
      return `<${s.which}>`;
    case 'body':
      return `<body.${s.field}>`;
    case 'idempotency':
      return '<idempotency key>';
    case 'fresh':
      return `<new id ${s.slot + 1}>`;
    case 'now':
      return '<now>';
    case 'result':
      return `<answer ${s.statement + 1}: ${s.path.join('.')}${s.take === undefined ? '' : ` (first ${s.take})`}>`;
    case 'concat':
      return s.parts.map((p) => (p.kind === 'const' ? String(p.value) : describeSource(p))).join('');
    case 'array':
      return `[${s.items.map(describeSource).join(', ')}]`;
  }
};

/** What the floor sends for an endpoint and what it left out (bench-server.ts --verbose prints the whole texts). */
export function describePlan(plan: Plan, full = false): string {
  const lines = [`${plan.endpoint}: ${plan.statements.length} statement(s) sent (sample answered ${plan.sampleStatus})`];
  for (const [i, s] of plan.statements.entries()) {
    lines.push(
      `  ${i + 1}. ${s.name}${s.after.length ? ` after ${s.after.map((a) => a + 1).join(', ')}` : ''}: ${full ? s.text : short(s.text, 160)}`,
    );
    lines.push(`     values: ${s.sources.map(describeSource).join(', ')}`);
  }
  for (const d of plan.dropped) lines.push(`  left out (${d.reason}): ${short(d.text, 100)}`);
  return lines.join('\n');
}
