// Use cases for the parent's wellness and crisis plan and each child's contingency plan and explanation (P10,
// P13): list what the caller may read (every read audited for the family), start, write a section (409 on
// stale saves), and professionals' suggestions that only the parent can take in. Carers: plan-carers.service.ts;
// sharing: plan-sharing.service.ts.
import type { z } from 'zod';
import type {
  PlanDocument,
  PlanDocuments,
  SectionRequest,
  StartDocumentRequest,
  SuggestionDecisionRequest,
  SuggestRequest,
} from '../../../../shared/contracts/plans.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../../shared/i18n/notify-plans.messages.ts';
import type { Actor } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../../access/family-access.ts';
import { categoryChange, mayStartDocument, mayWriteDocument } from '../../../access/plan-access.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { checkWords, recordKeptAsWritten } from '../../words/index.ts';
import * as shared from '../plans.repo.ts';
import { participantOf } from '../recovery-plan/recovery-plan.model.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './plan-documents.repo.ts';
import { buildDocuments, type DocumentsContext, loadContext, sectionKeysOf, toDocument, visibleKeysOf } from './plan-documents.view.ts';
import { sectionSubjectId } from './section-subject.ts';

export function listDocuments(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<PlanDocuments> {
  return readFamily(deps, ctx, familyId, 'plans.viewed', async (tx, family) => {
    const c = await loadContext(tx, ctx.scope, family);
    const result = await buildDocuments(tx, ctx.actor, family, c);
    // Which sections of which plans this person saw: the parent reads this in "Who has looked".
    const seen = result.documents.map((d) => ({ id: d.id, kind: d.kind, sections: d.sections.map((s) => s.key) }));
    return { result, audit: { subjectType: 'plans', details: { documents: seen } } };
  });
}

/** Reloads one document as the caller sees it, after a change. */
export async function reload(tx: Tx, ctx: RequestContext, family: VisibleFamily, documentId: string): Promise<PlanDocument | null> {
  const c = await loadContext(tx, ctx.scope, family);
  const doc = c.documents.find((d) => d.id === documentId);
  if (!doc) return null;
  return toDocument(ctx.actor, c, doc, c.sections, await repo.suggestions(tx, family, [doc.id]));
}

/** The agency a writer writes for (null: someone in the family), kept with what they write. */
const agencyOf = (actor: Actor) => (actor.kind === 'professional' ? actor.organisationId : null);

/** Who may start and write a child's contingency plan, in words: the parents and the key workers by name. */
function contingencyWriters(c: DocumentsContext) {
  const names = c.people.team.filter((t) => t.key_worker).map((t) => t.full_name);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return who ? `the family’s key workers (${who}) and the parents` : 'the family’s key workers and the parents';
}

/** The document with what the caller may read of it; null (404) when they may see none of it. */
export async function reachable(tx: Tx, ctx: RequestContext, family: VisibleFamily, documentId: string) {
  if (!isUuid(documentId)) return null;
  const c = await loadContext(tx, ctx.scope, family);
  const doc = c.documents.find((d) => d.id === documentId);
  if (!doc) return null;
  return { c, doc, keys: visibleKeysOf(ctx.actor, c, doc) };
}

export function startDocument(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof StartDocumentRequest>,
): Promise<{ document: PlanDocument; created: boolean }> {
  const actor = ctx.actor;
  if (input.kind === 'wellness' && !(actor.kind === 'parent' && actor.personId === input.personId))
    throw forbidden('A wellness and crisis plan is started and written by the parent it belongs to.');
  if (input.kind !== 'wellness' && actor.kind !== 'parent' && actor.kind !== 'other_parent' && actor.kind !== 'professional')
    throw forbidden();
  return withFamily(deps, ctx, familyId, 'plan.started', async (tx, family) => {
    const c = await loadContext(tx, ctx.scope, family);
    const person = c.people.people.find((p) => p.id === input.personId);
    if (!person) throw badRequest('Choose someone in this family.', { personId: 'Choose someone in this family' });
    if (input.kind !== 'wellness' && person.kind !== 'child')
      throw badRequest('Contingency plans and explanations are for the children.', { personId: 'Choose a child' });
    // Whoever starts a plan can read and write it: the same rule decides both, so nobody makes a plan they cannot open.
    if (!mayStartDocument(actor, input.kind, person.id, c.keyWorker))
      throw forbidden(`A child’s contingency plan is started and written by ${contingencyWriters(c)}. Ask one of them to start it.`);
    const me = participantOf(actor, c.people.team);
    const created = await repo.insertDocument(tx, family, {
      id: newId(),
      kind: input.kind,
      person_id: person.id,
      created_by_account_id: me.accountId,
    });
    const doc = await repo.findByKindAndPerson(tx, family, input.kind, person.id);
    const document = doc ? await reload(tx, ctx, family, doc.id) : null;
    if (!doc || !document) return null;
    return { result: { document, created }, audit: { subjectType: 'plan_document', subjectId: doc.id, details: { kind: input.kind } } };
  });
}

export function writeSection(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  sectionKey: string,
  input: z.output<typeof SectionRequest>,
): Promise<PlanDocument> {
  return withFamily(deps, ctx, familyId, 'plan.section_written', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    if (!found) return null;
    if (!found.keys.includes(sectionKey)) return null;
    if (!mayWriteDocument(ctx.actor, found.doc, found.keys, found.c.keyWorker))
      throw forbidden(
        found.doc.kind === 'wellness'
          ? 'Only the parent writes their own plan. You can suggest words instead.'
          : found.doc.kind === 'contingency'
            ? `A child’s contingency plan is written by ${contingencyWriters(found.c)}. You can read it because it was shared with you.`
            : undefined,
      );
    const category = sectionCategory(ctx.actor, found, sectionKey, input.category);
    // A worker's words in a child's plan are checked (issue 16 §1) when this save changes them: a parent's words left as
    // they were are not the worker's to confirm.
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const before = found.c.sections.find((s) => s.document_id === found.doc.id && s.section_key === sectionKey);
    const words = worker && input.text !== (before?.text ?? '') ? checkWords({ text: input.text }, input.keepAsWritten) : null;
    const me = participantOf(ctx.actor, found.c.people.team);
    const saved = await repo.writeSection(tx, family, {
      document_id: found.doc.id,
      section_key: sectionKey,
      readVersion: input.version,
      text: input.text,
      account_id: me.accountId,
      name: me.name,
      author_organisation_id: agencyOf(ctx.actor),
      category,
      written_in: languageOfSave(ctx.actor, before?.written_in),
    });
    if (!saved) {
      throw await staleSave(
        async () => (await reload(tx, ctx, family, found.doc.id))?.sections.find((s) => s.key === sectionKey),
        (now) =>
          `${now?.updatedBy ?? 'Someone'} changed this part while you were writing. Their words are shown; yours are still in the form.`,
      );
    }
    if (worker && words) {
      // The save made version 1 of a new section, or the one after the version the writer read.
      const version = input.version === 0 ? 1 : input.version + 1;
      await recordKeptAsWritten(tx, family, worker, { kind: 'child_plan', id: sectionSubjectId(found.doc.id, sectionKey), version }, words);
    }
    const document = await reload(tx, ctx, family, found.doc.id);
    if (!document) return null;
    return {
      result: document,
      audit: { subjectType: 'plan_document', subjectId: found.doc.id, details: { kind: found.doc.kind, section: sectionKey } },
    };
  });
}

/** A category given with a section: only a child's explanation has one; changing it follows the plan items' rule. */
function sectionCategory(
  actor: Actor,
  found: NonNullable<Awaited<ReturnType<typeof reachable>>>,
  sectionKey: string,
  to: z.output<typeof SectionRequest>['category'],
) {
  if (!to) return undefined;
  if (found.doc.kind !== 'explanation')
    throw badRequest('Only the parts of a child’s explanation have a kind of information to choose.', { category: 'Leave this out' });
  const row = found.c.sections.find((s) => s.document_id === found.doc.id && s.section_key === sectionKey);
  if (!row || row.category === to) return to;
  const decision = categoryChange(actor, { category: row.category, authorOrganisationId: row.author_organisation_id }, to);
  if (decision === 'not_writing_agency')
    throw forbidden(
      'Only the agency that first wrote this part can change what kind of information it is. You can still change its words.',
    );
  if (decision === 'widens')
    throw forbidden(
      'That would let more agencies read this part. Sharing it more widely needs the family’s consent or a safeguarding decision.',
    );
  return to;
}

export function suggest(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof SuggestRequest>,
): Promise<PlanDocument> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'plan.suggestion_made', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    // A worker may suggest for any section of the parent's plan, even one not shared with them.
    const doc =
      found?.doc ?? (isUuid(documentId) ? (await repo.documents(tx, ctx.scope, family)).find((d) => d.id === documentId) : undefined);
    if (!doc) return null;
    if (doc.kind !== 'wellness')
      throw badRequest('Suggestions are for a parent’s wellness and crisis plan; write in the children’s plans directly.');
    if (!sectionKeysOf('wellness').includes(input.sectionKey))
      throw badRequest('Choose a part of the plan.', { sectionKey: 'Choose a part of the plan' });
    // She reads the worker's words about her own plan: checked before they are kept (issue 16 §1).
    const words = checkWords({ text: input.text }, input.keepAsWritten);
    const suggestionId = newId();
    await repo.insertSuggestion(tx, family, {
      id: suggestionId,
      document_id: doc.id,
      section_key: input.sectionKey,
      text: input.text,
      suggested_by_account_id: actor.accountId,
      suggested_by_name: actor.name,
    });
    // A suggestion is written once: version 1, kept with her wellness and crisis plan's words.
    await recordKeptAsWritten(tx, family, actor, { kind: 'crisis_plan', id: suggestionId, version: 1 }, words);
    const owner = (await loadContext(tx, ctx.scope, family)).people.people.find((p) => p.id === doc.person_id);
    if (owner?.account_id)
      await shared.notify(tx, family, [
        {
          id: newId(),
          kind: 'plan_suggestion',
          recipient_account_id: owner.account_id,
          message: phrase(notifyPlans.suggestion, { name: actor.name, section: input.sectionKey }),
          dedupe_key: null,
        },
      ]);
    const c = await loadContext(tx, ctx.scope, family);
    const document = toDocument(actor, c, doc, await repo.sections(tx, family, [doc.id]), await repo.suggestions(tx, family, [doc.id]));
    // The worker may see none of the plan's sections; they still get their own suggestions back.
    return {
      result: document ?? emptyDocumentFor(c, doc, await repo.suggestions(tx, family, [doc.id]), actor.accountId),
      audit: { subjectType: 'plan_document', subjectId: doc.id, details: { section: input.sectionKey } },
    };
  });
}

function emptyDocumentFor(c: DocumentsContext, doc: repo.DocumentRow, suggestions: repo.SuggestionRow[], accountId: string): PlanDocument {
  const person = c.people.people.find((p) => p.id === doc.person_id);
  return {
    id: doc.id,
    kind: doc.kind,
    personId: doc.person_id,
    personName: person ? (person.preferred_name ?? person.full_name) : '',
    version: doc.version,
    sections: [],
    carer: null,
    parentAgreedAt: null,
    suggestions: suggestions
      .filter((s) => s.suggested_by_account_id === accountId)
      .map((s) => ({
        id: s.id,
        sectionKey: s.section_key,
        text: s.text,
        suggestedBy: s.suggested_by_name,
        createdAt: s.created_at.toISOString(),
        status: s.status,
      })),
    shares: [],
    hiddenSections: 0,
    can: { write: false, suggest: true, setCarer: false, answerAsCarer: false, agreeAsParent: false },
  };
}

export function decideSuggestion(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  suggestionId: string,
  input: z.output<typeof SuggestionDecisionRequest>,
): Promise<PlanDocument> {
  return withFamily(deps, ctx, familyId, input.accept ? 'plan.suggestion_accepted' : 'plan.suggestion_declined', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    if (!found) return null;
    if (found.doc.kind !== 'wellness' || !isUuid(suggestionId)) return null;
    if (!mayWriteDocument(ctx.actor, found.doc, found.keys, found.c.keyWorker))
      throw forbidden('Only the parent decides what goes into their own plan.');
    const suggestion = (await repo.suggestions(tx, family, [found.doc.id])).find((s) => s.id === suggestionId);
    if (!suggestion) return null;
    if (!(await repo.decideSuggestion(tx, family, suggestion.id, input.accept ? 'accepted' : 'declined')))
      throw await staleSave(() => reload(tx, ctx, family, found.doc.id), 'You have already answered this suggestion.');
    if (input.accept) {
      const me = participantOf(ctx.actor, found.c.people.team);
      const current = (await repo.sections(tx, family, [found.doc.id])).find((s) => s.section_key === suggestion.section_key);
      await repo.writeSection(tx, family, {
        document_id: found.doc.id,
        section_key: suggestion.section_key,
        readVersion: current?.version ?? 0,
        text: current?.text ? `${current.text}\n\n${suggestion.text}` : suggestion.text,
        account_id: me.accountId,
        name: me.name,
        author_organisation_id: agencyOf(ctx.actor),
        // Her words stay marked with her language; a suggestion taken into an empty part is the worker's English.
        written_in: current?.text ? current.written_in : 'en',
      });
    }
    const document = await reload(tx, ctx, family, found.doc.id);
    if (!document) return null;
    return { result: document, audit: { subjectType: 'plan_document', subjectId: found.doc.id, details: { suggestion: suggestion.id } } };
  });
}
