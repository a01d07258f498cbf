// Reflective supervision use cases (issue 18 §3): starting it, reading and saving the notes and each family's prompts
// under supervision.policy.ts, writing a decision into the family's record through the records module as the worker,
// and the worker's wellbeing signals. Each read and change is audited with ids only, and never shown to a family.
import type { z } from 'zod';
import { CreateEntryRequest } from '../../../shared/contracts/records.ts';
import type {
  DecisionEntryRequest,
  DecisionEntryWritten,
  StartSupervisionRequest,
  Supervision,
  SupervisionFamily,
  SupervisionOverview,
  SupervisionSignals as SupervisionSignalsView,
  SupervisionSummary,
  UpdateSupervisionFamilyRequest,
  UpdateSupervisionNotesRequest,
} from '../../../shared/contracts/supervision.ts';
import { SUPERVISION_PROMPT_KEYS } from '../../../shared/domain/learning.ts';
import type { WorkingTime } from '../../../shared/domain/working-time.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { auditedRead, type FamilyDeps, isUuid } from '../../access/family-access.ts';
import type { AuditAction, AuditEvent } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { createEntry } from '../records/index.ts';
import { maySupervise, type SupervisionAction } from './supervision.policy.ts';
import * as repo from './supervision.repo.ts';
import { signalsOf } from './supervision-signals.ts';

export type SupervisionDeps = FamilyDeps & { workingTime: WorkingTime; now: () => Date };

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

/** A refusal found inside a transaction: audited once the transaction has rolled back, then answered. */
class Refusal extends Error {
  constructor(
    readonly error: HttpError,
    readonly reason: string,
    readonly subjectId: string,
  ) {
    super(error.message);
  }
}
const hidden = (reason: string, subjectId: string) => new Refusal(notFound(), reason, subjectId);
const notYours = (message: string, reason: string, subjectId: string) => new Refusal(forbidden(message), reason, subjectId);

function denial(ctx: RequestContext, attempted: AuditAction, reason: string, subjectId: string): AuditEvent {
  return {
    action: 'access.denied',
    outcome: 'denied',
    actor: ctx.actor,
    subjectType: 'supervision',
    subjectId: subjectId.slice(0, 100),
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted, reason },
  };
}

function allowed(ctx: RequestContext, action: AuditAction, subjectId: string, details?: Record<string, unknown>): AuditEvent {
  return {
    action,
    outcome: 'allowed',
    actor: ctx.actor,
    subjectType: 'supervision',
    subjectId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  };
}

/** Runs a change in one transaction with its audit event; a refusal rolls it back and is audited on its own. */
async function change<T>(
  deps: SupervisionDeps,
  ctx: RequestContext,
  attempted: AuditAction,
  work: (tx: Tx) => Promise<{ result: T; event: AuditEvent }>,
): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const { result, event } = await work(tx);
      await deps.audit.record(tx, event);
      return result;
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    await deps.audit.recordAlone(deps.db, denial(ctx, attempted, error.reason, error.subjectId));
    throw error.error;
  }
}

/** A read-only read with its event; a refusal is audited as a denial by the same group commit, then answered. */
async function read<T>(
  deps: SupervisionDeps,
  ctx: RequestContext,
  attempted: AuditAction,
  work: (tx: Tx) => Promise<{ result: T; event: AuditEvent }>,
) {
  let refusal: Refusal | null = null;
  const result = await auditedRead(deps, ctx, async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refusal = error;
      return { result: null, event: denial(ctx, attempted, error.reason, error.subjectId) };
    }
  });
  if (refusal) throw (refusal as Refusal).error;
  return result as T;
}

async function me(tx: Tx, ctx: RequestContext): Promise<repo.StaffRow> {
  const actor = professional(ctx);
  const row = await repo.staffFacts(tx, actor.staffId);
  if (!row) throw forbidden();
  return row;
}

/** The supervision, its worker and the caller, if the policy lets the caller `action` it (404 unless they may read it). */
async function load(tx: Tx, ctx: RequestContext, supervisionId: string, action: SupervisionAction) {
  const viewer = await me(tx, ctx);
  const supervision = isUuid(supervisionId) ? await repo.findSupervision(tx, supervisionId) : undefined;
  if (!supervision) throw hidden('not_found', supervisionId);
  const worker = await repo.staffFacts(tx, supervision.worker_staff_id);
  if (!worker) throw hidden('not_found', supervisionId);
  const held = { supervisorStaffId: supervision.supervisor_staff_id };
  if (!maySupervise(viewer, worker, 'read', held)) throw hidden('not_in_line', supervisionId);
  if (action === 'write' && !maySupervise(viewer, worker, 'write', held))
    throw notYours('Only the worker and the manager who held this supervision can change its notes.', 'read_only', supervisionId);
  if (action === 'write_decision_entry' && !maySupervise(viewer, worker, 'write_decision_entry', held))
    throw notYours(
      `Only ${worker.name} can write this decision in the family’s record, as an entry of their own.`,
      'not_the_worker',
      supervisionId,
    );
  return { viewer, supervision, worker };
}

const toSummary = (r: SupervisionSummary): SupervisionSummary => r;

function toFamily(
  row: repo.SupervisionFamilyRow | undefined,
  family: { id: string; displayName: string },
  onCaseload: boolean,
): SupervisionFamily {
  const prompts = Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, row?.[k] ?? ''])) as SupervisionFamily['prompts'];
  return {
    familyId: family.id,
    displayName: family.displayName,
    onCaseload,
    prompts,
    decision: row?.decision ?? '',
    decisionEntryId: row?.decisionEntryId ?? null,
    version: row?.version ?? 0,
  };
}

export function overview(deps: SupervisionDeps, ctx: RequestContext): Promise<SupervisionOverview> {
  return read(deps, ctx, 'supervisions.listed', async (tx) => {
    const viewer = await me(tx, ctx);
    const own = await repo.supervisionsOf(tx, [viewer.staffId]);
    const workers = await repo.managedWorkers(tx, viewer);
    const theirs = await repo.supervisionsOf(
      tx,
      workers.map((w) => w.staffId),
    );
    const team =
      viewer.role === 'team_manager' || viewer.role === 'service_manager'
        ? workers.map((w) => {
            const supervisions = theirs.filter((s) => s.workerStaffId === w.staffId).map(toSummary);
            return { staffId: w.staffId, name: w.name, jobTitle: w.jobTitle, lastHeldOn: supervisions[0]?.heldOn ?? null, supervisions };
          })
        : null;
    const ownSignals = await signalsOf(tx, deps, viewer);
    return {
      result: { me: { staffId: viewer.staffId, name: viewer.name }, own: own.map(toSummary), ownSignals, team },
      event: allowed(ctx, 'supervisions.listed', viewer.staffId, { count: own.length + theirs.length }),
    };
  });
}

export async function start(
  deps: SupervisionDeps,
  ctx: RequestContext,
  input: z.output<typeof StartSupervisionRequest>,
): Promise<{ supervision: SupervisionSummary; created: boolean }> {
  return change(deps, ctx, 'supervision.started', async (tx) => {
    const viewer = await me(tx, ctx);
    const worker = await repo.staffFacts(tx, input.workerStaffId);
    if (!worker || !maySupervise(viewer, worker, 'start')) throw hidden('not_their_manager', input.workerStaffId);
    const id = newId();
    const inserted = await repo.insertSupervision(tx, {
      id,
      worker_staff_id: worker.staffId,
      supervisor_staff_id: viewer.staffId,
      held_on: input.heldOn,
      idempotency_key: input.idempotencyKey,
    });
    let supervisionId = inserted;
    if (!supervisionId) {
      // A retried start (double click, dropped connection) returns the one it made; the key for another worker is refused.
      const existing = await repo.findByIdempotencyKey(tx, viewer.staffId, input.idempotencyKey);
      if (!existing || existing.worker_staff_id !== worker.staffId)
        throw new HttpError(
          422,
          'idempotency_key_reused',
          'This was sent with the reference of an earlier start for another worker. Reload the page and try again.',
        );
      supervisionId = existing.id;
    }
    const [summary] = (await repo.supervisionsOf(tx, [worker.staffId])).filter((s) => s.id === supervisionId);
    if (!summary) throw notFound();
    return {
      result: { supervision: summary, created: inserted !== undefined },
      event: allowed(ctx, 'supervision.started', supervisionId, {
        workerStaffId: worker.staffId,
        ...(inserted === undefined && { retried: true }),
      }),
    };
  });
}

async function view(tx: Tx, deps: SupervisionDeps, loaded: Awaited<ReturnType<typeof load>>): Promise<Supervision> {
  const { viewer, supervision, worker } = loaded;
  const held = { supervisorStaffId: supervision.supervisor_staff_id };
  const saved = await repo.supervisionFamilies(tx, supervision.id);
  const seesWorkerNow = maySupervise(viewer, worker, 'signals');
  // The worker's caseload now is for the worker and their managers now; a supervisor who moved on sees only what was
  // written in this supervision.
  const caseload = seesWorkerNow ? await repo.caseloadFamilies(tx, worker.staffId) : [];
  const onCaseload = new Set(caseload.map((f) => f.id));
  const families = [
    ...caseload.map((f) =>
      toFamily(
        saved.find((s) => s.familyId === f.id),
        f,
        true,
      ),
    ),
    ...saved.filter((s) => !onCaseload.has(s.familyId)).map((s) => toFamily(s, { id: s.familyId, displayName: s.displayName }, false)),
  ];
  const supervisor = await repo.staffFacts(tx, supervision.supervisor_staff_id);
  return {
    id: supervision.id,
    heldOn: supervision.held_on,
    worker: { staffId: worker.staffId, name: worker.name },
    supervisor: { staffId: supervision.supervisor_staff_id, name: supervisor?.name ?? 'A manager' },
    notes: supervision.notes,
    version: supervision.version,
    access: maySupervise(viewer, worker, 'write', held) ? 'write' : 'read',
    youAreWorker: viewer.staffId === worker.staffId,
    families,
    signals: seesWorkerNow ? await signalsOf(tx, deps, worker) : null,
  };
}

export function get(deps: SupervisionDeps, ctx: RequestContext, supervisionId: string): Promise<Supervision> {
  return read(deps, ctx, 'supervision.viewed', async (tx) => {
    const loaded = await load(tx, ctx, supervisionId, 'read');
    return {
      result: await view(tx, deps, loaded),
      event: allowed(ctx, 'supervision.viewed', loaded.supervision.id, { workerStaffId: loaded.worker.staffId }),
    };
  });
}

export function saveNotes(
  deps: SupervisionDeps,
  ctx: RequestContext,
  supervisionId: string,
  input: z.output<typeof UpdateSupervisionNotesRequest>,
): Promise<Supervision> {
  return change(deps, ctx, 'supervision.notes_saved', async (tx) => {
    const loaded = await load(tx, ctx, supervisionId, 'write');
    const saved = await repo.updateNotes(tx, loaded.supervision.id, input.notes, input.version);
    if (!saved) {
      const current = await repo.findSupervision(tx, loaded.supervision.id);
      throw conflict('These notes were changed by someone else since you opened them. Copy your words, reload, and add them again.', {
        notes: current?.notes ?? '',
        version: current?.version ?? 0,
      });
    }
    const fresh = await repo.findSupervision(tx, loaded.supervision.id);
    return {
      result: await view(tx, deps, { ...loaded, supervision: fresh ?? loaded.supervision }),
      event: allowed(ctx, 'supervision.notes_saved', loaded.supervision.id, { version: saved.version }),
    };
  });
}

export function saveFamily(
  deps: SupervisionDeps,
  ctx: RequestContext,
  supervisionId: string,
  familyId: string,
  input: z.output<typeof UpdateSupervisionFamilyRequest>,
): Promise<SupervisionFamily> {
  return change(deps, ctx, 'supervision.family_saved', async (tx) => {
    const loaded = await load(tx, ctx, supervisionId, 'write');
    const family = isUuid(familyId) ? await repo.findCaseloadFamily(tx, loaded.worker.staffId, familyId) : undefined;
    if (!family) throw hidden('family_not_on_caseload', supervisionId);
    // A supervisor who no longer manages the worker sees only the families written about in this supervision (view()),
    // so she may not add another one either: that would show her a family of the worker's caseload now, by its name.
    const seesWorkerNow = maySupervise(loaded.viewer, loaded.worker, 'signals');
    if (!seesWorkerNow && !(await repo.findSupervisionFamily(tx, loaded.supervision.id, family)))
      throw hidden('family_not_written_about', supervisionId);
    const { version, ...words } = input;
    const ok = await repo.saveFamilyWords(tx, loaded.supervision.id, family, words, version);
    const row = await repo.findSupervisionFamily(tx, loaded.supervision.id, family);
    if (!ok)
      throw conflict(
        'What was written about this family was changed by someone else since you opened it. Copy your words, reload, and add them again.',
        toFamily(row, family, true),
      );
    const result = toFamily(row, family, true);
    return {
      result,
      event: allowed(ctx, 'supervision.family_saved', loaded.supervision.id, { familyId: family.id, version: result.version }),
    };
  });
}

/**
 * The worker writes the saved decision into the family's record: first checked here (the worker, the family on their
 * caseload, a decision saved and not yet written), then made by the records module's own create with the worker's own
 * request context, so every rule of the record applies (the care team, a closed family, the respectful-words check),
 * then linked. The entry's idempotency key is this supervision and family, so a retry after a dropped link makes no
 * second entry.
 */
export async function writeDecisionEntry(
  deps: SupervisionDeps,
  ctx: RequestContext,
  supervisionId: string,
  familyId: string,
  input: z.output<typeof DecisionEntryRequest>,
): Promise<DecisionEntryWritten> {
  const attempted: AuditAction = 'supervision.decision_written';
  // 1. Checked without writing: refusals are audited on their own.
  let checked: { supervisionId: string; family: repo.CaseloadFamily; text: string };
  try {
    checked = await deps.db
      .transaction()
      .setAccessMode('read only')
      .execute(async (tx) => {
        const loaded = await load(tx, ctx, supervisionId, 'write_decision_entry');
        const family = isUuid(familyId) ? await repo.findCaseloadFamily(tx, loaded.worker.staffId, familyId) : undefined;
        if (!family) throw hidden('family_not_on_caseload', supervisionId);
        const row = await repo.findSupervisionFamily(tx, loaded.supervision.id, family);
        if (!row?.decision?.trim())
          throw badRequest('Write the decision for the family and save it first.', { decision: 'Write and save the decision first' });
        if (row.decisionEntryId)
          throw conflict('This decision is already in the family’s record. To change it, correct that entry.', toFamily(row, family, true));
        return { supervisionId: loaded.supervision.id, family, text: row.decision };
      });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    await deps.audit.recordAlone(deps.db, denial(ctx, attempted, error.reason, error.subjectId));
    throw error.error;
  }
  // 2. The entry, by the records module as for any entry the worker writes (its own transaction and audit event).
  const entryInput = CreateEntryRequest.parse({
    kind: 'decision',
    occurredAt: deps.now().toISOString(),
    category: input.category,
    text: checked.text,
    decision: input.decision,
    keepAsWritten: input.keepAsWritten,
  });
  const { entry } = await createEntry(
    deps,
    ctx,
    checked.family.id,
    entryInput,
    `supervision-${checked.supervisionId}-${checked.family.id}`,
  );
  // 3. The link, with its own event (ids only).
  return change(deps, ctx, attempted, async (tx) => {
    await repo.linkDecisionEntry(tx, checked.supervisionId, checked.family, entry.id);
    const row = await repo.findSupervisionFamily(tx, checked.supervisionId, checked.family);
    return {
      result: { entryId: row?.decisionEntryId ?? entry.id, familyId: checked.family.id, family: toFamily(row, checked.family, true) },
      event: allowed(ctx, attempted, checked.supervisionId, { familyId: checked.family.id, entryId: entry.id }),
    };
  });
}

/** One worker's signals, for the worker themself or their manager now; anyone else an audited 404. One worker only. */
export function signals(deps: SupervisionDeps, ctx: RequestContext, staffId: string): Promise<SupervisionSignalsView> {
  return read(deps, ctx, 'supervision.signals_viewed', async (tx) => {
    const viewer = await me(tx, ctx);
    const worker = isUuid(staffId) ? await repo.staffFacts(tx, staffId) : undefined;
    if (!worker || !maySupervise(viewer, worker, 'signals')) throw hidden('not_their_manager', staffId);
    return {
      result: await signalsOf(tx, deps, worker),
      event: { ...allowed(ctx, 'supervision.signals_viewed', worker.staffId, { workerStaffId: worker.staffId }), subjectType: 'staff' },
    };
  });
}
