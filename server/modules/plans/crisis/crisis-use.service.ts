// "My crisis plan is now in use" and "no longer needed": the parent, or a key worker who says why, starts it (one at a
// time: a second start is answered with the one in use); each person she chose is told, each contingency carer asked to
// confirm from their own login; a carer who cannot alerts the children's key worker, once.
import type { z } from 'zod';
import type { CrisisCarerAnswerRequest, CrisisPlan, StartCrisisRequest } from '../../../../shared/contracts/crisis.ts';
import { crisisWords } from '../../../../shared/domain/crisis.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import { withFamily } from '../../../access/family-access.ts';
import { mayStartOrEndCrisis } from '../../../access/plan-access.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, conflict, forbidden } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { checkWords, recordKeptAsWritten } from '../../words/index.ts';
import type { DocumentRow } from '../documents/plan-documents.repo.ts';
import type { DocumentsContext } from '../documents/plan-documents.view.ts';
import * as shared from '../plans.repo.ts';
import { participantOf } from '../recovery-plan/recovery-plan.model.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './crisis.repo.ts';
import { personName } from './crisis.view.ts';
import { reachCrisis, reloadCrisis } from './crisis-plan.service.ts';

/** The children's key worker (children's services); when the family has none, every key worker. */
export function childrensKeyWorkers(c: DocumentsContext) {
  const childrens = c.people.team.filter((t) => t.key_worker === 'childrens_services');
  return childrens.length ? childrens : c.people.team.filter((t) => t.key_worker);
}

/** Who is told or asked when it starts: each person she wrote a message for, and each child's contingency carer. */
function peopleToTell(c: DocumentsContext, doc: DocumentRow, messages: repo.MessageRow[]): repo.NewUsePerson[] {
  const carers = new Map<string, string[]>();
  for (const d of c.documents)
    if (d.kind === 'contingency' && d.carer_person_id && d.carer_person_id !== doc.person_id)
      carers.set(d.carer_person_id, [...(carers.get(d.carer_person_id) ?? []), d.person_id]);
  const rows: repo.NewUsePerson[] = [];
  for (const m of messages) {
    if (m.document_id !== doc.id || m.text.trim() === '') continue;
    if (m.recipient_staff_id) {
      // A worker who has left the care team is not told: they no longer work with the family.
      if (!c.people.team.some((t) => t.id === m.recipient_staff_id)) continue;
      rows.push({
        id: newId(),
        person_id: null,
        staff_id: m.recipient_staff_id,
        message: m.text,
        message_written_in: m.written_in,
        told_account_id: null,
        carer_for_person_ids: [],
      });
      continue;
    }
    const person = c.people.people.find((p) => p.id === m.recipient_person_id);
    if (!person || person.id === doc.person_id) continue;
    rows.push({
      id: newId(),
      person_id: person.id,
      staff_id: null,
      message: m.text,
      message_written_in: m.written_in,
      told_account_id: person.account_id ?? null,
      carer_for_person_ids: carers.get(person.id) ?? [],
    });
  }
  for (const [carerId, children] of carers) {
    if (rows.some((r) => r.person_id === carerId)) continue;
    const person = c.people.people.find((p) => p.id === carerId);
    if (!person) continue;
    rows.push({
      id: newId(),
      person_id: carerId,
      staff_id: null,
      message: null,
      message_written_in: 'en',
      told_account_id: person.account_id ?? null,
      carer_for_person_ids: children,
    });
  }
  return rows;
}

export function startCrisis(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof StartCrisisRequest>,
): Promise<{ plan: CrisisPlan; created: boolean }> {
  const actor = ctx.actor;
  return withFamily(deps, ctx, familyId, 'crisis_plan.started', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found) return null;
    const { cc, doc } = found;
    const c = cc.c;
    if (!mayStartOrEndCrisis(actor, doc, c.facts)) {
      if (!found.access.any) return null;
      throw forbidden('A crisis plan is started by the parent, or by one of the family’s key workers.');
    }
    if (actor.kind === 'professional' && !input.reason)
      throw badRequest('Say why you are starting the crisis plan.', { reason: 'Say why you are starting the crisis plan' });
    // She reads a worker's reason on her crisis plan: checked as any worker's words are (issue 16 §1); hers never are.
    const words = actor.kind === 'professional' ? checkWords({ reason: input.reason }, input.keepAsWritten) : null;
    const me = participantOf(actor, c.people.team);
    const id = newId();
    const created = await repo.insertUse(tx, family, {
      id,
      document_id: doc.id,
      started_by_account_id: me.accountId,
      started_by_name: me.name,
      started_by_staff_id: actor.kind === 'professional' ? actor.staffId : null,
      start_reason: actor.kind === 'professional' ? input.reason : input.reason || null,
      start_reason_written_in: languageOfSave(actor),
    });
    if (created) {
      const rows = peopleToTell(c, doc, cc.messages);
      await repo.insertPeopleOfUse(tx, family, id, rows);
      await shared.notify(tx, family, startNotifications(ctx, c, doc, id, rows, me.name));
      // A new use of the plan is version 1; a start answered with the use already under way saved no words.
      if (actor.kind === 'professional' && words)
        await recordKeptAsWritten(tx, family, actor, { kind: 'crisis_plan', id, version: 1 }, words);
    }
    const plan = await reloadCrisis(tx, ctx, family, doc.id);
    if (!plan) return null;
    const told = plan.use?.people ?? [];
    return {
      result: { plan, created },
      audit: {
        subjectType: 'crisis_plan',
        subjectId: doc.id,
        details: created
          ? {
              told: told.filter((p) => p.told).length,
              carers: told.filter((p) => p.carerFor.length).length,
              byWorker: actor.kind === 'professional',
            }
          : { alreadyInUse: true },
      },
    };
  });
}

function startNotifications(
  ctx: RequestContext,
  c: DocumentsContext,
  doc: DocumentRow,
  useId: string,
  rows: repo.NewUsePerson[],
  by: string,
): shared.NewNotification[] {
  const parentName = personName(c, doc.person_id);
  const key = (who: string) => `crisis-started:${useId}:${who}`;
  const notes: shared.NewNotification[] = [];
  for (const r of rows) {
    const message = r.carer_for_person_ids.length
      ? crisisWords.startedForCarer(
          parentName,
          r.carer_for_person_ids.map((id) => personName(c, id)),
        )
      : crisisWords.startedForRecipient(parentName);
    if (r.staff_id)
      notes.push({ id: newId(), kind: 'crisis_plan_started', recipient_staff_id: r.staff_id, message, dedupe_key: key(r.staff_id) });
    else if (r.told_account_id)
      notes.push({
        id: newId(),
        kind: 'crisis_plan_started',
        recipient_account_id: r.told_account_id,
        message,
        dedupe_key: key(r.told_account_id),
      });
  }
  const starter = ctx.actor.kind === 'professional' ? ctx.actor.staffId : null;
  for (const w of c.people.team.filter((t) => t.key_worker && t.id !== starter && !rows.some((r) => r.staff_id === t.id)))
    notes.push({
      id: newId(),
      kind: 'crisis_plan_started',
      recipient_staff_id: w.id,
      message: crisisWords.startedForWorker(parentName, by),
      dedupe_key: key(w.id),
    });
  const parent = c.people.people.find((p) => p.id === doc.person_id);
  if (starter && parent?.account_id)
    notes.push({
      id: newId(),
      kind: 'crisis_plan_started',
      recipient_account_id: parent.account_id,
      message: crisisWords.startedForParent(by),
      dedupe_key: key(parent.account_id),
    });
  return notes;
}

export function endCrisis(deps: FamilyDeps, ctx: RequestContext, familyId: string, documentId: string): Promise<CrisisPlan> {
  const actor = ctx.actor;
  return withFamily(deps, ctx, familyId, 'crisis_plan.ended', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found) return null;
    const { cc, doc } = found;
    const c = cc.c;
    if (!mayStartOrEndCrisis(actor, doc, c.facts)) {
      if (!found.access.any) return null;
      throw forbidden('A crisis plan is ended by the parent, or by one of the family’s key workers.');
    }
    const use = await repo.inUse(tx, family, doc.id);
    const me = participantOf(actor, c.people.team);
    if (!use || !(await repo.endUse(tx, family, use.id, { account_id: me.accountId, name: me.name })))
      throw conflict(
        'This crisis plan is not in use now. The page has been brought up to date.',
        await reloadCrisis(tx, ctx, family, doc.id),
      );
    await shared.notify(tx, family, await endNotifications(tx, family, ctx, c, doc, use.id, me.name));
    const plan = await reloadCrisis(tx, ctx, family, doc.id);
    if (!plan) return null;
    return { result: plan, audit: { subjectType: 'crisis_plan', subjectId: doc.id } };
  });
}

async function endNotifications(
  tx: Tx,
  family: VisibleFamily,
  ctx: RequestContext,
  c: DocumentsContext,
  doc: DocumentRow,
  useId: string,
  by: string,
): Promise<shared.NewNotification[]> {
  const parentName = personName(c, doc.person_id);
  const key = (who: string) => `crisis-ended:${useId}:${who}`;
  const ender = ctx.actor.kind === 'professional' ? ctx.actor.staffId : null;
  const rows = await repo.peopleOfUses(tx, family, [useId]);
  const staff = new Set([
    ...rows.flatMap((r) => (r.staff_id ? [r.staff_id] : [])),
    ...c.people.team.filter((t) => t.key_worker).map((t) => t.id),
  ]);
  staff.delete(ender ?? '');
  const notes: shared.NewNotification[] = [...staff].map((id) => ({
    id: newId(),
    kind: 'crisis_plan_ended' as const,
    recipient_staff_id: id,
    message: crisisWords.ended(parentName),
    dedupe_key: key(id),
  }));
  for (const r of rows)
    if (r.told_account_id)
      notes.push({
        id: newId(),
        kind: 'crisis_plan_ended',
        recipient_account_id: r.told_account_id,
        message: crisisWords.ended(parentName),
        dedupe_key: key(r.told_account_id),
      });
  const parent = c.people.people.find((p) => p.id === doc.person_id);
  if (ender && parent?.account_id)
    notes.push({
      id: newId(),
      kind: 'crisis_plan_ended',
      recipient_account_id: parent.account_id,
      message: crisisWords.endedForParent(by),
      dedupe_key: key(parent.account_id),
    });
  return notes;
}

/** A contingency carer says, from their own login, whether they can look after the children now. */
export function answerAsCrisisCarer(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CrisisCarerAnswerRequest>,
): Promise<CrisisPlan> {
  const actor = ctx.actor;
  if (actor.kind === 'professional' || actor.kind === 'system' || actor.kind === 'anonymous')
    throw forbidden('Only the person named to look after the children can give their answer.');
  return withFamily(deps, ctx, familyId, 'crisis_plan.carer_answered', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found) return null;
    const { cc, doc } = found;
    const use = cc.uses.find((u) => u.document_id === doc.id);
    const row = use ? cc.people.find((p) => p.activation_id === use.id && p.person_id === actor.personId) : undefined;
    if (!use || !row) return null;
    const parentName = personName(cc.c, doc.person_id);
    if (use.ended_at) throw conflict(`${parentName}’s crisis plan is no longer in use, so there is nothing to answer now. Thank you.`);
    if (row.carer_for_person_ids.length === 0) throw forbidden('Only the people named to look after the children are asked this.');
    await repo.answerAsCarer(tx, family, row.id, {
      answer: input.answer,
      note: input.note || null,
      note_written_in: languageOfSave(actor),
      alert: input.answer === 'cannot',
    });
    if (row.carer_answer !== input.answer) {
      const children = row.carer_for_person_ids.map((id) => personName(cc.c, id));
      await shared.notify(
        tx,
        family,
        childrensKeyWorkers(cc.c).map((w) => ({
          id: newId(),
          kind: 'crisis_carer_answered' as const,
          recipient_staff_id: w.id,
          message: crisisWords.carerAnswered(actor.name, input.answer, children, parentName),
          // Each answer once: saying the same again tells nobody twice.
          dedupe_key: `crisis-carer:${row.id}:${input.answer}:${w.id}`,
        })),
      );
    }
    const plan = await reloadCrisis(tx, ctx, family, doc.id);
    if (!plan) return null;
    return { result: plan, audit: { subjectType: 'crisis_plan', subjectId: doc.id, details: { answer: input.answer } } };
  });
}
