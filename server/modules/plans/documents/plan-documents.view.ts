// Builds what a caller may see of the family's wellness and crisis plans, contingency plans and explanations:
// only the sections access/plan-access.ts allows, suggestions for their owner or author, shares for the parent.

import type { PlanDocument, PlanDocuments } from '../../../../shared/contracts/plans.ts';
import { type DocumentKind, SECTIONS_BY_DOCUMENT, type SectionDefinition } from '../../../../shared/domain/plans.ts';
import type { Actor } from '../../../access/actor.ts';
import {
  type CategoryLens,
  mayShare,
  mayStartDocument,
  mayWriteDocument,
  type PlanFacts,
  SEES_EVERY_CATEGORY,
  UNWRITTEN_SECTION,
  visibleSectionKeys,
} from '../../../access/plan-access.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import * as shared from '../plans.repo.ts';
import { describePerson, describeWorker } from '../relations.ts';
import * as repo from './plan-documents.repo.ts';

export const sectionKeysOf = (kind: DocumentKind) => (SECTIONS_BY_DOCUMENT[kind] as readonly SectionDefinition[]).map((s) => s.key);

export type DocumentsContext = {
  documents: repo.DocumentRow[];
  shares: shared.ShareRow[];
  people: shared.Participants;
  keyWorker: boolean;
  /** What access/plan-access.ts reads besides shares: key worker, emergency access, a crisis plan in use. */
  facts: PlanFacts;
  /** Every written section of the family's documents (their words are cut down by visibleKeysOf before use). */
  sections: repo.SectionRow[];
  /** Which categories the caller reads: decides a professional's sections of a child's explanation. */
  lens: CategoryLens;
};

export async function loadContext(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<DocumentsContext> {
  const documents = await repo.documents(tx, scope, family);
  const shares = await shared.activeShares(tx, scope, family);
  const people = await shared.participants(tx, scope, family);
  const facts = await repo.planFacts(tx, scope, family);
  const keyWorker = facts.isKeyWorker;
  const sections = await repo.sections(
    tx,
    family,
    documents.map((d) => d.id),
  );
  const explanations = new Set(documents.filter((d) => d.kind === 'explanation').map((d) => d.id));
  const categorised = sections.filter((s) => explanations.has(s.document_id));
  const lens = categorised.length
    ? await shared.categoryLens(
        tx,
        scope,
        family,
        categorised.map((s) => s.author_organisation_id),
      )
    : SEES_EVERY_CATEGORY;
  return { documents, shares, people, keyWorker, facts, sections, lens };
}

/** A section as the category rule sees it: its row's category and writing agency, or general when unwritten. */
const sectionPartOf = (c: DocumentsContext, doc: repo.DocumentRow) => (key: string) => {
  const row = c.sections.find((s) => s.document_id === doc.id && s.section_key === key);
  return row ? { category: row.category, authorOrganisationId: row.author_organisation_id } : UNWRITTEN_SECTION;
};

export const visibleKeysOf = (actor: Actor, c: DocumentsContext, doc: repo.DocumentRow) =>
  visibleSectionKeys(actor, doc, sectionKeysOf(doc.kind), c.shares, c.facts, sectionPartOf(c, doc), c.lens);

/** Sections the caller would read but for their category ("some parts are not shared with your agency"). */
const hiddenSectionsOf = (actor: Actor, c: DocumentsContext, doc: repo.DocumentRow, readable: readonly string[]) =>
  visibleSectionKeys(actor, doc, sectionKeysOf(doc.kind), c.shares, c.facts).length - readable.length;

const personName = (c: DocumentsContext, id: string | null) => {
  const p = c.people.people.find((x) => x.id === id);
  return p ? (p.preferred_name ?? p.full_name) : null;
};
const recipientName = (c: DocumentsContext, s: shared.ShareRow) =>
  s.recipient_person_id
    ? (personName(c, s.recipient_person_id) ?? 'Someone')
    : (c.people.team.find((t) => t.id === s.recipient_staff_id)?.full_name ?? 'A professional');

export const toShareView = (c: DocumentsContext, s: shared.ShareRow) => ({
  id: s.id,
  sectionKey: s.section_key,
  recipientPersonId: s.recipient_person_id,
  recipientStaffId: s.recipient_staff_id,
  recipientName: recipientName(c, s),
  sharedAt: s.shared_at.toISOString(),
});

export function toDocument(
  actor: Actor,
  c: DocumentsContext,
  doc: repo.DocumentRow,
  sections: repo.SectionRow[],
  suggestions: repo.SuggestionRow[],
): PlanDocument | null {
  const keys = visibleKeysOf(actor, c, doc);
  const isCarer =
    doc.kind === 'contingency' &&
    actor.kind !== 'professional' &&
    actor.kind !== 'system' &&
    actor.kind !== 'anonymous' &&
    actor.personId === doc.carer_person_id;
  if (keys.length === 0 && !isCarer) return null;
  const definitions = SECTIONS_BY_DOCUMENT[doc.kind] as readonly SectionDefinition[];
  const own = actor.kind === 'parent' && doc.kind === 'wellness' && actor.personId === doc.person_id;
  const accountId = 'accountId' in actor ? actor.accountId : null;
  return {
    id: doc.id,
    kind: doc.kind,
    personId: doc.person_id,
    personName: personName(c, doc.person_id) ?? '',
    version: doc.version,
    sections: definitions
      .filter((d) => keys.includes(d.key))
      .map((d) => {
        const row = sections.find((s) => s.document_id === doc.id && s.section_key === d.key);
        return {
          key: d.key,
          title: d.title,
          hint: d.hint,
          text: row?.text ?? '',
          version: row?.version ?? 0,
          updatedAt: row?.updated_at.toISOString() ?? null,
          updatedBy: row?.updated_by_name ?? null,
          category: row?.category ?? 'general',
          writtenIn: row?.written_in ?? 'en',
        };
      }),
    carer:
      doc.kind === 'contingency'
        ? {
            personId: doc.carer_person_id,
            name: personName(c, doc.carer_person_id),
            askedOn: doc.carer_asked_on,
            response: doc.carer_response,
            respondedAt: doc.carer_responded_at?.toISOString() ?? null,
            note: doc.carer_response_note,
            noteWrittenIn: doc.carer_note_written_in,
          }
        : null,
    parentAgreedAt: doc.parent_agreed_at?.toISOString() ?? null,
    // The parent sees what was suggested for their own plan; a professional sees their own suggestions.
    suggestions: suggestions
      .filter((s) => s.document_id === doc.id && (own ? s.status === 'open' : s.suggested_by_account_id === accountId))
      .map((s) => ({
        id: s.id,
        sectionKey: s.section_key,
        text: s.text,
        suggestedBy: s.suggested_by_name,
        createdAt: s.created_at.toISOString(),
        status: s.status,
      })),
    shares: mayShare(actor, doc) ? c.shares.filter((s) => s.document_id === doc.id).map((s) => toShareView(c, s)) : [],
    hiddenSections: hiddenSectionsOf(actor, c, doc, keys),
    can: {
      write: mayWriteDocument(actor, doc, keys, c.keyWorker),
      suggest: actor.kind === 'professional' && doc.kind === 'wellness',
      setCarer: doc.kind === 'contingency' && mayWriteDocument(actor, doc, keys, c.keyWorker),
      answerAsCarer: isCarer,
      agreeAsParent: doc.kind === 'explanation' && actor.kind === 'parent' && !doc.parent_agreed_at,
    },
  };
}

export async function buildDocuments(tx: Tx, actor: Actor, family: VisibleFamily, c: DocumentsContext): Promise<PlanDocuments> {
  const ids = c.documents.map((d) => d.id);
  const suggestions = await repo.suggestions(tx, family, ids);
  const documents = c.documents.map((d) => toDocument(actor, c, d, c.sections, suggestions)).filter((d): d is PlanDocument => d !== null);
  const exists = (kind: DocumentKind, personId: string) => c.documents.some((d) => d.kind === kind && d.person_id === personId);
  const children = c.people.people.filter((p) => p.kind === 'child');
  const canStart: PlanDocuments['canStart'] = [];
  if (actor.kind === 'parent' && !exists('wellness', actor.personId))
    canStart.push({ kind: 'wellness', personId: actor.personId, personName: actor.name });
  for (const child of children) {
    const name = child.preferred_name ?? child.full_name;
    for (const kind of ['contingency', 'explanation'] as const)
      if (!exists(kind, child.id) && mayStartDocument(actor, kind, child.id, c.keyWorker))
        canStart.push({ kind, personId: child.id, personName: name });
  }
  const parent = actor.kind === 'parent' ? actor : null;
  const recoveryPlanId = await repo.recoveryPlanId(tx, family);
  return {
    documents,
    canStart,
    shareRecipients: parent
      ? [
          ...c.people.people
            .filter((p) => p.account_id && p.id !== parent.personId)
            .map((p) => ({ personId: p.id, staffId: null, name: p.preferred_name ?? p.full_name, ...describePerson(c.people.people, p) })),
          ...c.people.team.map((t) => ({ personId: null, staffId: t.id, name: t.full_name, ...describeWorker(t) })),
        ]
      : [],
    recoveryShares: parent ? c.shares.filter((s) => s.document_kind === 'recovery').map((s) => toShareView(c, s)) : [],
    recoveryPlanId,
  };
}
