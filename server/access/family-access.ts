// The one way a use case reaches a family: inside a transaction, through the caller's scope, with its
// audit event (in the same transaction for changes, committed before the answer for reads); a family out
// of scope is an audited 404.
import { type AuditAction, type AuditEvent, AuditHeadMoved, type AuditLog } from '../audit/audit-log.ts';
import type { Db, Tx } from '../db/database.ts';
import { standbyUnavailable } from '../db/standby.ts';
import { type HttpError, notFound } from '../http/errors.ts';
import type { RequestContext } from '../http/request-context.ts';
import { closedFamilyChange, familyState } from './closed-family.ts';
import { type FamilyExtension, type FamilyRow, findFamily, type VisibleFamily } from './visible-family.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

export type FamilyDeps = { db: Db; audit: AuditLog };

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

/** The use case's own work: `family` is the row found through the caller's scope, and the VisibleFamily repositories take. */
type Work<T, R> = (tx: Tx, family: R & VisibleFamily) => Promise<{ result: T; audit?: AuditNote } | null>;
type Extend<R> = FamilyExtension<R>;

function deniedEvent(ctx: RequestContext, familyId: string, action: string): AuditEvent {
  return {
    action: 'access.denied',
    outcome: 'denied',
    actor: ctx.actor,
    familyId: isUuid(familyId) ? familyId : null,
    subjectType: 'family',
    subjectId: familyId.slice(0, 100),
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted: action },
  };
}

function allowedEvent(ctx: RequestContext, familyId: string, action: AuditAction, note?: AuditNote): AuditEvent {
  return {
    action,
    outcome: 'allowed',
    actor: ctx.actor,
    familyId,
    subjectType: note?.subjectType ?? 'family',
    subjectId: note?.subjectId ?? familyId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: note?.details,
  };
}

/** The family through the caller's scope, then `work`; null when either finds nothing (an audited 404). */
async function findAndWork<T, R extends FamilyRow>(
  tx: Tx,
  ctx: RequestContext,
  familyId: string,
  work: Work<T, R>,
  extend?: Extend<R>,
  check?: (family: R & VisibleFamily) => void,
) {
  const family = isUuid(familyId) ? await findFamily(tx, ctx.scope, familyId, extend) : undefined;
  if (family) check?.(family);
  const done = family ? await work(tx, family) : null;
  return family && done ? { familyId: family.id, done } : null;
}

/**
 * Runs `work` for one family the caller may see, for a use case that changes something: `work` returns its
 * result and what to say in the audit event, which is written in the same transaction; returning `null`
 * means "no such thing inside this family" and answers 404 too.
 * `extend` adds reads to the access check's own statement (see findFamily in visible-family.ts), saving a round trip.
 */
export async function withFamily<T, R extends FamilyRow = FamilyRow>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: AuditAction,
  work: Work<T, R>,
  extend?: Extend<R>,
): Promise<T> {
  let outcome: Awaited<ReturnType<typeof findAndWork<T, R>>>;
  try {
    outcome = await lastlyAudited(deps.db, async (tx, last) => {
      // A closed family changes only by being reopened (closed-family.ts): refused before the work runs.
      const found = await findAndWork(tx, ctx, familyId, work, extend, (family) => {
        const refusal = closedFamilyChange(ctx.actor.kind, familyState(family), action);
        if (refusal) throw new FamilyRefusal(family.id, 'family_closed', refusal);
      });
      // Nothing follows the audit event: it is the transaction's last statement, so COMMIT can travel with it.
      const event = found ? allowedEvent(ctx, found.familyId, action, found.done.audit) : deniedEvent(ctx, familyId, action);
      await deps.audit.record(tx, event, { last });
      return found;
    });
  } catch (error) {
    if (!(error instanceof FamilyRefusal)) throw error;
    await deps.audit.recordAlone(deps.db, {
      ...deniedEvent(ctx, error.familyId, action),
      details: { attempted: action, reason: error.reason },
    });
    throw error.refusal;
  }
  if (!outcome) throw notFound();
  return outcome.done.result;
}

/**
 * A change refused once the family was found (a closed family; a rule of the use case's own, thrown from `work`):
 * withFamily rolls the transaction back, audits `access.denied` with the reason, and answers with `refusal`.
 */
export class FamilyRefusal extends Error {
  constructor(
    readonly familyId: string,
    readonly reason: string,
    readonly refusal: HttpError,
  ) {
    super(refusal.message);
  }
}

/**
 * The same for a use case that only reads: `work` runs in a READ ONLY transaction (PostgreSQL refuses any
 * write in it), and the audit event is then appended with other requests' read events (group commit). The
 * answer is returned only after that event has committed, so nothing is shown whose reading is not on
 * record, and a read that cannot be audited fails. Denials are audited the same way.
 */
export async function readFamily<T, R extends FamilyRow = FamilyRow>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: AuditAction,
  work: Work<T, R>,
  extend?: Extend<R>,
): Promise<T> {
  // Not found on the standby may only mean not replayed there yet (a family, an entry, a place on the care team added a
  // moment ago): asked again of the primary before it is answered 404 and put on record as a denial.
  const outcome = await readOnly(
    deps.db,
    ctx,
    (tx) => findAndWork(tx, ctx, familyId, work, extend),
    (found) => found === null,
  );
  await deps.audit.recordRead(
    deps.db,
    outcome ? allowedEvent(ctx, outcome.familyId, action, outcome.done.audit) : deniedEvent(ctx, familyId, action),
  );
  if (!outcome) throw notFound();
  return outcome.done.result;
}

/** A read that is not of one family (a professional's list): read-only, then its event by group commit. */
export async function auditedRead<T>(
  deps: FamilyDeps,
  ctx: RequestContext,
  read: (tx: Tx) => Promise<{ result: T; event: AuditEvent }>,
): Promise<T> {
  const { result, event } = await readOnly(deps.db, ctx, read);
  await deps.audit.recordRead(deps.db, event);
  return result;
}

/**
 * The one place a read's READ ONLY transaction is opened: on the hot standby when the request was given it (issue 20:
 * request-context.ts `standby`, decided per request by http/read-your-writes.ts), otherwise on the primary. A standby
 * that fails as if it were gone is marked down and the read runs again on the primary: a read changes nothing, so
 * running it twice is safe. So does one whose answer `askPrimary` says the primary must give. Its audit event is
 * always written to the primary, by the caller, after this returns.
 */
async function readOnly<T>(
  primary: Db,
  ctx: RequestContext,
  read: (tx: Tx) => Promise<T>,
  /** Whether the standby's answer is one the primary must give instead (it may hold what the standby has not yet). */
  askPrimary?: (result: T) => boolean,
): Promise<T> {
  const standby = ctx.standby;
  if (standby) {
    try {
      const result = await standby.db.transaction().setAccessMode('read only').execute(read);
      if (!askPrimary?.(result)) return result;
    } catch (error) {
      if (!standbyUnavailable(error)) throw error;
      standby.markDown('a read there failed as if it were gone', (error as Error).message);
    }
  }
  return primary.transaction().setAccessMode('read only').execute(read);
}
