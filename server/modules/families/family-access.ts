// The one way a use case reaches a family: inside a transaction, through the caller's scope, with
// the audit event written in the same transaction; a family out of scope is an audited 404.
import type { SelectQueryBuilder } from 'kysely';
import { AuditHeadMoved, type AuditLog } from '../../audit/audit-log.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './families.repo.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

export type FamilyDeps = { db: Db; audit: AuditLog };
export type FamilyRow = repo.FamilyRow;

export type AuditNote = { subjectType?: string; subjectId?: string; details?: Record<string, unknown> };

/**
 * A transaction whose last statement is its audit event (`last` is passed on to audit.record). If the audit
 * stream had moved on since this process last wrote to it, the event fails rather than commit without it
 * (AuditHeadMoved): the whole transaction, rolled back, is run once more without that shortcut.
 */
export async function lastlyAudited<T>(db: Db, run: (tx: Tx, last: boolean) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute((tx) => run(tx, true));
  } catch (error) {
    if (!(error instanceof AuditHeadMoved)) throw error;
    return db.transaction().execute((tx) => run(tx, false));
  }
}

/**
 * Runs `work` for one family the caller may see. `work` returns its result and what to say in the
 * audit event; returning `null` means "no such thing inside this family" and answers 404 too.
 * `extend` adds reads to the access check's own statement (see repo.findFamily), saving a round trip.
 */
export async function withFamily<T, R extends FamilyRow = FamilyRow>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: `${string}.${string}`,
  work: (tx: Tx, family: R) => Promise<{ result: T; audit?: AuditNote } | null>,
  extend?: (q: repo.FamilyQuery, tx: repo.Reader) => SelectQueryBuilder<DB, 'families', R>,
): Promise<T> {
  const outcome = await lastlyAudited(deps.db, async (tx, last) => {
    const family = isUuid(familyId) ? await repo.findFamily(tx, ctx.scope, familyId, extend) : undefined;
    const done = family ? await work(tx, family) : null;
    if (!family || !done) {
      await deps.audit.record(
        tx,
        {
          action: 'access.denied',
          outcome: 'denied',
          actor: ctx.actor,
          familyId: isUuid(familyId) ? familyId : null,
          subjectType: 'family',
          subjectId: familyId.slice(0, 100),
          requestId: ctx.requestId,
          ip: ctx.ip,
          details: { attempted: action },
        },
        { last },
      );
      return null;
    }
    await deps.audit.record(
      tx,
      {
        action,
        outcome: 'allowed',
        actor: ctx.actor,
        familyId: family.id,
        subjectType: done.audit?.subjectType ?? 'family',
        subjectId: done.audit?.subjectId ?? family.id,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: done.audit?.details,
      },
      // Nothing follows it: the audit event is the transaction's last statement, so COMMIT can travel with it.
      { last },
    );
    return { value: done.result };
  });
  if (!outcome) throw notFound();
  return outcome.value;
}
