// Builds what a caller reads of each parent's crisis plan in action: the parent all of it, the key workers its state
// and who answered, each person told only their own message, a young person his kind opening and two sections;
// access/plan-access.ts#crisisAccess decides which.
import type { CrisisPlan } from '../../../../shared/contracts/crisis.ts';
import {
  CHILD_CRISIS_SECTION_KEYS,
  CRISIS_REVIEW_DUE_DAYS,
  type CrisisState,
  childCrisisOpening,
} from '../../../../shared/domain/crisis.ts';
import { parentWord } from '../../../../shared/domain/people.ts';
import { CONTINGENCY_SECTIONS } from '../../../../shared/domain/plans.ts';
import type { Actor } from '../../../access/actor.ts';
import { type CrisisUseFacts, crisisAccess, mayStartOrEndCrisis, mayWriteCrisisPlan } from '../../../access/plan-access.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import type { DocumentRow } from '../documents/plan-documents.repo.ts';
import { type DocumentsContext, loadContext, visibleKeysOf } from '../documents/plan-documents.view.ts';
import { type Described, describePerson, describeWorker, FORMER_WORKER, UNKNOWN } from '../relations.ts';
import * as repo from './crisis.repo.ts';

export type CrisisContext = {
  c: DocumentsContext;
  messages: repo.MessageRow[];
  uses: repo.UseRow[];
  people: repo.UsePersonRow[];
};

export async function loadCrisis(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<CrisisContext> {
  const c = await loadContext(tx, scope, family);
  const ids = c.documents.filter((d) => d.kind === 'wellness').map((d) => d.id);
  const messages = await repo.messages(tx, family, ids);
  const uses = await repo.latestUses(tx, family, ids);
  const people = await repo.peopleOfUses(
    tx,
    family,
    uses.map((u) => u.id),
  );
  return { c, messages, uses, people };
}

export const wellnessPlan = (cc: CrisisContext, documentId: string) =>
  cc.c.documents.find((d) => d.id === documentId && d.kind === 'wellness') ?? null;

export const latestUseOf = (cc: CrisisContext, doc: DocumentRow) => cc.uses.find((u) => u.document_id === doc.id) ?? null;

export function crisisUseFacts(cc: CrisisContext, doc: DocumentRow): CrisisUseFacts {
  const use = latestUseOf(cc, doc);
  const rows = use ? cc.people.filter((p) => p.activation_id === use.id) : [];
  return {
    inUse: !!use && !use.ended_at,
    personIds: rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
    staffIds: rows.flatMap((r) => (r.staff_id ? [r.staff_id] : [])),
  };
}

export const personName = (c: DocumentsContext, id: string | null) => {
  const p = c.people.people.find((x) => x.id === id);
  return p ? (p.preferred_name ?? p.full_name) : 'Someone';
};

/** Whom she may ask to be told: the people she trusts and the children's other parent (with a sign-in), and her care team. */
export function recipientChoices(c: DocumentsContext, doc: DocumentRow): CrisisPlan['recipientChoices'] {
  return [
    ...c.people.people
      .filter((p) => p.id !== doc.person_id && p.account_id && (p.account_kind === 'network_member' || p.account_kind === 'other_parent'))
      .map((p) => ({ recipientPersonId: p.id, recipientStaffId: null, name: personName(c, p.id), ...describePerson(c.people.people, p) })),
    ...c.people.team.map((t) => ({ recipientPersonId: null, recipientStaffId: t.id, name: t.full_name, ...describeWorker(t) })),
  ];
}

/** Who someone told or asked is, as the parent names them (the words her sharing choices use). */
function describeRow(c: DocumentsContext, row: { person_id: string | null; staff_id: string | null }): Described & { name: string } {
  if (row.staff_id) {
    const t = c.people.team.find((x) => x.id === row.staff_id);
    return { name: t?.full_name ?? 'A worker', ...(t ? describeWorker(t) : FORMER_WORKER) };
  }
  const p = c.people.people.find((x) => x.id === row.person_id);
  return { name: personName(c, row.person_id), ...(p ? describePerson(c.people.people, p) : UNKNOWN) };
}

const stateOf = (use: repo.UseRow | null): CrisisState =>
  !use ? 'ready' : !use.ended_at ? 'in_use' : use.reviewed_at ? 'ready' : 'after_crisis';

const dueOn = (endedAt: Date) => new Date(endedAt.getTime() + CRISIS_REVIEW_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);

export function toCrisisPlan(actor: Actor, cc: CrisisContext, doc: DocumentRow): CrisisPlan | null {
  const { c } = cc;
  const use = latestUseOf(cc, doc);
  const rows = use ? cc.people.filter((p) => p.activation_id === use.id) : [];
  const access = crisisAccess(actor, doc, c.facts, crisisUseFacts(cc, doc));
  const mayStart = mayStartOrEndCrisis(actor, doc, c.facts);
  if (!access.any && !mayStart) return null;
  const state = stateOf(use);
  const parent = c.people.people.find((p) => p.id === doc.person_id);
  const parentName = personName(c, doc.person_id);
  const mine =
    access.told && actor.kind !== 'system' && actor.kind !== 'anonymous'
      ? rows.find((r) => (actor.kind === 'professional' ? r.staff_id === actor.staffId : r.person_id === actor.personId))
      : undefined;
  const teamView = access.owner || access.keyWorker;
  return {
    documentId: doc.id,
    parentPersonId: doc.person_id,
    parentName,
    state,
    messages: access.owner
      ? cc.messages
          .filter((m) => m.document_id === doc.id)
          .map((m) => ({
            recipientPersonId: m.recipient_person_id,
            recipientStaffId: m.recipient_staff_id,
            ...describeRow(c, { person_id: m.recipient_person_id, staff_id: m.recipient_staff_id }),
            text: m.text,
            version: m.version,
            writtenIn: m.written_in,
          }))
      : [],
    recipientChoices: access.owner ? recipientChoices(c, doc) : [],
    crisisServiceKeys: access.owner ? [...doc.crisis_service_keys] : [],
    documentVersion: access.owner ? doc.version : 0,
    use:
      teamView && use
        ? {
            id: use.id,
            startedAt: use.started_at.toISOString(),
            startedBy: use.started_by_name,
            startedByWorker: use.started_by_staff_id !== null,
            reason: use.start_reason,
            reasonWrittenIn: use.start_reason_written_in,
            endedAt: use.ended_at?.toISOString() ?? null,
            endedBy: use.ended_by_name,
            version: use.version,
            people: rows.map((r) => ({
              ...describeRow(c, r),
              told: r.told_account_id !== null || r.staff_id !== null,
              carerFor: r.carer_for_person_ids.map((id) => personName(c, id)),
              answer: r.carer_answer,
              answeredAt: r.answered_at?.toISOString() ?? null,
              note: r.carer_note,
              noteWrittenIn: r.carer_note_written_in,
            })),
          }
        : null,
    review:
      teamView && use?.ended_at
        ? {
            reflection: access.owner || use.reflection_shared ? use.reflection : null,
            changes: access.owner || use.reflection_shared ? use.changes : null,
            sharedWithKeyWorkers: use.reflection_shared,
            reviewedAt: use.reviewed_at?.toISOString() ?? null,
            dueOn: dueOn(use.ended_at),
            version: use.version,
            writtenIn: use.review_written_in,
          }
        : null,
    forMe: mine
      ? {
          message: mine.message,
          messageWrittenIn: mine.message_written_in,
          carerFor: mine.carer_for_person_ids.map((id) => ({
            personId: id,
            name: personName(c, id),
            documentId: c.documents.find((d) => d.kind === 'contingency' && d.person_id === id)?.id ?? '',
          })),
          answer: mine.carer_answer,
          answeredAt: mine.answered_at?.toISOString() ?? null,
          note: mine.carer_note,
          noteWrittenIn: mine.carer_note_written_in,
        }
      : null,
    forChild: access.child ? forChild(actor, c, parent?.pronouns ?? null, parentName) : null,
    can: {
      start: mayStart && state !== 'in_use',
      end: mayStart && state === 'in_use',
      startNeedsReason: actor.kind === 'professional',
      writeMessages: mayWriteCrisisPlan(actor, doc),
      review: mayWriteCrisisPlan(actor, doc) && !!use?.ended_at,
      answerAsCarer: !!mine && mine.carer_for_person_ids.length > 0 && state === 'in_use',
    },
  };
}

/** The young person's own contingency plan, as much as the access rule lets him read now (its two sections). */
function forChild(actor: Actor, c: DocumentsContext, pronouns: string | null, parentName: string): CrisisPlan['forChild'] {
  const own =
    actor.kind === 'young_person' ? c.documents.find((d) => d.kind === 'contingency' && d.person_id === actor.personId) : undefined;
  const keys = own ? visibleKeysOf(actor, c, own) : [];
  const sections = CONTINGENCY_SECTIONS.filter(
    (s) => (CHILD_CRISIS_SECTION_KEYS as readonly string[]).includes(s.key) && keys.includes(s.key),
  )
    .map((s) => {
      const row = c.sections.find((x) => x.document_id === own?.id && x.section_key === s.key);
      return { key: s.key, title: s.title, text: row?.text ?? '', writtenIn: row?.written_in ?? 'en' };
    })
    .filter((s) => s.text.trim() !== '');
  return { opening: childCrisisOpening(pronouns, parentName), openingWord: parentWord(pronouns), sections };
}

export function buildCrises(actor: Actor, cc: CrisisContext): CrisisPlan[] {
  return cc.c.documents
    .filter((d) => d.kind === 'wellness')
    .map((d) => toCrisisPlan(actor, cc, d))
    .filter((p): p is CrisisPlan => p !== null);
}

/** The crisis plans in action as one person reaches them, for their subject access export: the same view as their screens. */
export async function crisisPlansAsSeenBy(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<CrisisPlan[]> {
  return buildCrises(scope.actor, await loadCrisis(tx, scope, family));
}
