// What every use case on appointments shares: the clock, who is calling, one appointment loaded with what names it, a
// change run through withFamily whose refusal (a 403 naming who can) is audited as access.denied, a stale save answered
// with the appointment as it is now, and telling each side.
import type { Phrase } from '../../../shared/i18n/messages.ts';
import type { FamilyMemberActor, ProfessionalActor } from '../../access/actor.ts';
import { type FamilyDeps, isUuid, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { NotificationKind } from '../../db/schema.ts';
import { badRequest, forbidden, HttpError, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily, parentAccounts } from '../notifications/index.ts';
import { keptFor, keptOf } from '../words/index.ts';
import { accountIdsOf, appointmentView, familyView, type Names, staffIdsOf, workerFacts, workerView } from './appointment-views.ts';
import { familyReads, workerChanges } from './appointments.policy.ts';
import * as repo from './appointments.repo.ts';

export type AppointmentDeps = FamilyDeps & {
  /** The clock: "coming" and "past", times that have passed, the reminders. Tests give their own. */
  now: () => Date;
};

export const worker = (ctx: RequestContext): ProfessionalActor => {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
};

/** The parent on the calendar's routes (the permission already keeps everyone else out; this says so in the code too). */
export const parent = (ctx: RequestContext): FamilyMemberActor => {
  const a = ctx.actor;
  if ((a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent' || a.kind === 'network_member') && familyReads(a.kind))
    return a;
  throw forbidden('Your calendar of visits and appointments is for the parent.');
};

/** The appointments a worker reads (appointments.policy.ts), as a repository reader. */
export const readerFor = (a: ProfessionalActor): repo.Reader => ({ readable: repo.appointmentReadableBy(a.staffId, a.organisationId) });

/** Names for a set of appointments: the care team, other workers, the family's people and accounts. */
export async function namesFor(
  tx: Tx,
  family: VisibleFamily,
  rows: readonly repo.AppointmentRow[],
  opts: readonly repo.OptionRow[],
  known?: { team?: repo.TeamMember[]; people?: repo.PersonRow[] },
): Promise<Names> {
  const [team, people] = await Promise.all([known?.team ?? repo.careTeam(tx, family), known?.people ?? repo.people(tx, family)]);
  const onTeam = new Set(team.map((m) => m.staff_id));
  const [others, accounts] = await Promise.all([
    repo.staffNames(
      tx,
      staffIdsOf(rows, opts).filter((id) => !onTeam.has(id)),
    ),
    repo.accountNames(tx, family, accountIdsOf(rows, opts)),
  ]);
  return {
    team,
    people,
    accounts,
    staff: new Map(others.map((s) => [s.id, { name: s.full_name, organisation: s.organisation_name }])),
  };
}

/**
 * One appointment the caller reads, with its times and names; undefined when out of reach (answered 404). `now` decides what
 * the family reads of a professionals' meeting (appointments.repo.ts#familyReader).
 */
export async function loadOne(tx: Tx, ctx: RequestContext, family: VisibleFamily, appointmentId: string, now = new Date()) {
  if (!isUuid(appointmentId)) return undefined;
  const a = ctx.actor;
  const reader = a.kind === 'professional' ? readerFor(a) : repo.familyReader(now);
  const [row] = await repo.appointments(tx, family, reader, appointmentId);
  if (!row) return undefined;
  const opts = await repo.options(tx, family, [row.id]);
  const names = await namesFor(tx, family, [row], opts);
  return { row, opts, names };
}
export type Loaded = NonNullable<Awaited<ReturnType<typeof loadOne>>>;

/** The worker's view of one appointment, with the words kept as written beside it (never in the family's view). */
export async function workerAnswer(tx: Tx, family: VisibleFamily, a: ProfessionalActor, got: Loaded, now: Date) {
  const kept = await keptFor(tx, family, 'appointment', [got.row.id]);
  const view = appointmentView(got.row, got.opts, got.names, now);
  return workerView(got.row, view, workerFacts(got.row, a.staffId, a.organisationId, got.names.team), keptOf(kept, got.row.id), now);
}

export const familyAnswer = (got: Loaded, now: Date) => familyView(appointmentView(got.row, got.opts, got.names, now));

/** The caller's view of an appointment as it is now (read afresh: after a change, or for a 409's `current`). */
export async function answerNow(tx: Tx, ctx: RequestContext, family: VisibleFamily, appointmentId: string, now: Date) {
  const got = await loadOne(tx, ctx, family, appointmentId, now);
  if (!got) return null;
  return ctx.actor.kind === 'professional' ? workerAnswer(tx, family, ctx.actor, got, now) : familyAnswer(got, now);
}

/** A visible appointment the caller may not change: thrown inside the transaction, audited after it rolled back. */
export class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly error: HttpError,
  ) {
    super(error.message);
  }
}

export const PROFESSIONALS_ONLY =
  'This was a meeting of the workers only. You can read that it took place and what it was for, but there is nothing to answer.';

export const WHO_MAY_CHANGE =
  'Only the worker who arranged this, the workers coming to it and the family’s key workers can change it. Ask one of them.';

/** Refuses a worker who reads the appointment but may not change it (appointments.policy.ts). */
export function insistWorkerMayChange(a: ProfessionalActor, got: Loaded) {
  if (!workerChanges(workerFacts(got.row, a.staffId, a.organisationId, got.names.team)))
    throw new Refused('may_not_change', forbidden(WHO_MAY_CHANGE));
}

/** withFamily, with a Refused turned into an audited 403 (access.denied, the attempted action and why). */
export async function changeFamily<T>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: AuditAction,
  subjectId: string,
  work: Parameters<typeof withFamily<T>>[4],
): Promise<T> {
  try {
    return await withFamily<T>(deps, ctx, familyId, action, work);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: ctx.actor,
      familyId: isUuid(familyId) ? familyId : null,
      subjectType: 'appointment',
      subjectId: subjectId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: action, reason: error.reason },
    });
    throw error.error;
  }
}

/** The 409 for a change that read an older version: the appointment as it is now, so the screen can show what changed. */
export async function stale(tx: Tx, ctx: RequestContext, family: VisibleFamily, appointmentId: string, now: Date) {
  return staleSave(
    () => answerNow(tx, ctx, family, appointmentId, now),
    'This visit or appointment was changed by someone else while you were looking at it. Look at it as it is now, then try again.',
  );
}

/** A time must still be to come. */
export function insistFuture(at: Date, now: Date, field: string) {
  if (at.getTime() <= now.getTime())
    throw badRequest('That time has passed. Choose a time that is still to come.', { [field]: 'Choose a time that is still to come' });
}

const KEY = /^[A-Za-z0-9_-]{8,100}$/;
export function checkKey(key: string | undefined) {
  if (key !== undefined && !KEY.test(key)) throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
}
export const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This was not saved: it had the same reference as something you saved before with different words. Nothing was changed. Check the list, then save it again.',
  );

/** The workers on an appointment's side who are still on the care team (who arranged it, who is coming), but `except`. */
export function workerSide(
  row: Pick<repo.AppointmentRow, 'arranged_by_staff_id' | 'staff_ids'>,
  team: readonly Pick<repo.TeamMember, 'staff_id'>[],
  except?: string,
): string[] {
  const onTeam = new Set(team.map((m) => m.staff_id));
  return [...new Set([row.arranged_by_staff_id, ...row.staff_ids])].filter((id) => onTeam.has(id) && id !== except);
}

/** Tells the workers on its side, in English (their screens are English). */
export async function tellWorkers(tx: Tx, family: VisibleFamily, kind: NotificationKind, staffIds: string[], message: string) {
  await notifyFamily(tx, family, kind, { staffIds }, message, newId);
}

/**
 * Whether the parent is told of changes to this appointment: not of a professionals' meeting, to which the family is not
 * invited (issue 17 §2; she reads it in her calendar only as a fact, once it happened).
 */
export const parentIsTold = (row: { meeting_kind: string | null }) => row.meeting_kind !== 'professionals';

/** Tells the parent, as a Phrase, so she reads it in her own language; never the account `except` (her own action). */
export async function tellParent(tx: Tx, family: VisibleFamily, kind: NotificationKind, message: Phrase, except?: string) {
  const accountIds = (await parentAccounts(tx, family)).filter((id) => id !== except);
  await notifyFamily(tx, family, kind, { accountIds }, message, newId);
}
