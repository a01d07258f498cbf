// How an audit event becomes a chained row and SQL fragments: one row (VALUES) or many (unnest of one array per column).
import { sql } from 'kysely';
import { actorIds } from '../access/actor.ts';
import { newId } from '../db/ids.ts';
import { type ChainedFields, chainHash } from './audit-chain.ts';
import type { AuditEvent } from './audit-log.ts';

export type Head = { seq: number; hash: string };
export type ChainedRow = { f: ChainedFields; hash: string };

export function fieldsOf(event: AuditEvent, stream: number, head: Head): ChainedFields {
  const ids = actorIds(event.actor);
  return {
    stream,
    seq: head.seq + 1,
    id: newId(),
    occurredAt: new Date(),
    action: event.action,
    outcome: event.outcome,
    actorKind: event.actor.kind,
    actorAccountId: ids.accountId,
    actorStaffId: ids.staffId,
    familyId: event.familyId ?? null,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
    prevHash: head.hash,
  };
}

export const columns = sql`stream, seq, id, occurred_at, action, outcome, actor_kind, actor_account_id,
  actor_staff_id, family_id, subject_type, subject_id, request_id, ip, details, prev_hash, hash`;
// Typed, because parameters in a SELECT list (unlike VALUES) do not take the column's type.
export const rowAfterSeq = (f: ChainedFields, hash: string) => sql`${f.id}::uuid,
  ${f.occurredAt}::timestamptz, ${f.action}::text, ${f.outcome}::text, ${f.actorKind}::text, ${f.actorAccountId}::uuid,
  ${f.actorStaffId}::uuid, ${f.familyId}::uuid, ${f.subjectType}::text, ${f.subjectId}::text, ${f.requestId}::text,
  ${f.ip}::text, ${JSON.stringify(f.details)}::jsonb, ${f.prevHash}::text, ${hash}::text`;
export const row = (f: ChainedFields, hash: string) => sql`${f.stream}::int, ${f.seq}::bigint, ${rowAfterSeq(f, hash)}`;

/** Chains events one after another from `head` (all on one stream). */
export function chained(key: Buffer, events: AuditEvent[], stream: number, head: Head) {
  const rows: ChainedRow[] = [];
  let at = head;
  for (const event of events) {
    const f = fieldsOf(event, stream, at);
    const hash = chainHash(key, f);
    rows.push({ f, hash });
    at = { seq: f.seq, hash };
  }
  return { rows, head: at };
}

// Many rows as one parameter per column: the statement's text (so its prepared plan) is the same for any number.
export const manyRows = (rows: ChainedRow[]) => {
  const col = <V>(pick: (f: ChainedFields) => V) => rows.map((r) => pick(r.f));
  return sql`unnest(${col((f) => f.seq)}::bigint[], ${col((f) => f.id)}::uuid[],
    ${col((f) => f.occurredAt.toISOString())}::timestamptz[], ${col((f) => f.action)}::text[], ${col((f) => f.outcome)}::text[],
    ${col((f) => f.actorKind)}::text[], ${col((f) => f.actorAccountId)}::uuid[], ${col((f) => f.actorStaffId)}::uuid[],
    ${col((f) => f.familyId)}::uuid[], ${col((f) => f.subjectType)}::text[], ${col((f) => f.subjectId)}::text[],
    ${col((f) => f.requestId)}::text[], ${col((f) => f.ip)}::text[], ${col((f) => JSON.stringify(f.details))}::text[],
    ${col((f) => f.prevHash)}::text[], ${rows.map((r) => r.hash)}::text[])
    AS r(seq, id, occurred_at, action, outcome, actor_kind, actor_account_id, actor_staff_id, family_id, subject_type,
      subject_id, request_id, ip, details, prev_hash, hash)`;
};
export const manyColumns = sql`r.seq, r.id, r.occurred_at, r.action, r.outcome, r.actor_kind, r.actor_account_id, r.actor_staff_id,
  r.family_id, r.subject_type, r.subject_id, r.request_id, r.ip, r.details::jsonb, r.prev_hash, r.hash`;
