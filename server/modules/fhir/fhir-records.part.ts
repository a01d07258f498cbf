// The records part of a family's FHIR export (issue 19 §1): each record entry the caller reads on the record screen as
// a DocumentReference, the family's replies appended to it, and a Provenance for who wrote each. Withheld words never
// leave: a wholly withheld entry is left out, a part-withheld one carries only what the family may read.
import type {
  CodeableConcept,
  Coding,
  DocumentReference,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import type { Entry } from '../../../shared/contracts/records.ts';
import { dateInWords } from '../../../shared/domain/dates.ts';
import { type InformationCategory, REPLY_KINDS } from '../../../shared/domain/records.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { sharingLog } from '../consents/index.ts';
import { decodeCursor, encodeCursor, extrasFor, recordsRepo, toEntry } from '../records/index.ts';
import type { FhirPart } from './fhir-part.ts';
import { type FhirRefs, INFORMATION_CATEGORY_SYSTEM, ukCore, umbrellaCodeSystem } from './fhir-refs.ts';

export const ENTRY_KIND_SYSTEM = umbrellaCodeSystem('record-entry-kind');
export const REPLY_KIND_SYSTEM = umbrellaCodeSystem('reply-kind');
const UK_CORE_DOCUMENT_REFERENCE = ukCore('DocumentReference');
const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
export const TEXT_PLAIN = 'text/plain; charset=utf-8';
/** Entries read a page at a time, as the record screen pages them (one statement per page). */
const PAGE = 500;

const restricted: Coding = { system: CONFIDENTIALITY, code: 'R', display: 'restricted' };
/**
 * How sensitive each category is, for the receiving system: general is normal; every other category is read only by
 * some agencies (the category and consent rule), so restricted; mental health also says it is psychiatric information.
 */
const SECURITY_LABELS: Record<InformationCategory, Coding[]> = {
  general: [{ system: CONFIDENTIALITY, code: 'N', display: 'normal' }],
  mental_health: [restricted, { system: ACT_CODE, code: 'PSY', display: 'psychiatry disorder information sensitivity' }],
  childrens_social_care: [restricted],
  health: [restricted],
  education: [restricted],
  third_party: [restricted],
};

type EntryExtras = Awaited<ReturnType<typeof extrasFor>>;
/** What FhirRefs points at: a person of the family, a worker or an organisation. */
type Party = Patient | RelatedPerson | Practitioner | Organization;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const concept = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

/** Every entry the caller reads on the record screen: the same scoped query, page after page. */
async function visibleEntries(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  const rows: Awaited<ReturnType<typeof recordsRepo.listEntries>>['rows'] = [];
  let cursor: ReturnType<typeof decodeCursor>;
  for (;;) {
    const page = await recordsRepo.listEntries(tx, scope, family, { cursor, limit: PAGE });
    rows.push(...page.rows);
    const last = page.rows.at(-1);
    if (!page.more || !last) return rows;
    cursor = decodeCursor(encodeCursor(last));
  }
}

/**
 * The words that leave for an entry: the current version's text (for a part-withheld entry that is the part the
 * family reads; restrictedText never leaves) with a decision's parts; for an entry marked in error only the reason.
 */
function entryText(e: Entry): string {
  if (e.enteredInError) return `This entry was marked as entered in error. The reason given: ${e.enteredInError.reason}`;
  const d = e.decision;
  if (!d) return e.text;
  return [
    e.text,
    `Options considered: ${d.optionsConsidered}`,
    `Reasons: ${d.reasons}`,
    `Decided by: ${d.decidedBy}`,
    ...(d.parentView ? [`The parent's view: ${d.parentView}`] : []),
    `How to challenge this decision: ${d.howToChallenge}`,
  ].join('\n\n');
}

/**
 * The subject: the first person the entry is about who is a Patient in the Bundle, else the parent the record is about;
 * everyone else it is about, and who was present, in context.related. People not in the Bundle are not named.
 */
function peopleOf(e: Entry, refs: FhirRefs, parentId: string | null) {
  const about = e.aboutPersonIds.filter((id) => refs.hasPerson(id)).map((id) => refs.person(id));
  const first = e.aboutPersonIds.find((id) => refs.isPatient(id)) ?? (parentId && refs.isPatient(parentId) ? parentId : undefined);
  const subject = first ? refs.patient(first) : undefined;
  const present = e.presentPeople.filter((p) => refs.hasPerson(p.id)).map((p) => refs.person(p.id));
  const seen = new Set<string>(subject?.reference ? [subject.reference] : []);
  const related: Reference[] = [];
  for (const r of [...about, ...present, ...e.presentStaff.map((s) => refs.staff({ id: s.id, name: s.name }))]) {
    if (r.reference && !seen.has(r.reference)) {
      seen.add(r.reference);
      related.push(r);
    }
  }
  return { subject, related };
}

function authorship(target: string, recorded: string, who: Reference<Party>, onBehalfOf?: Reference<Party>): Provenance {
  return {
    resourceType: 'Provenance',
    id: `provenance-${target.split('/')[1]}`,
    target: [{ reference: target }],
    recorded,
    activity: { coding: [{ system: DATA_OPERATION, code: 'CREATE', display: 'create' }] },
    agent: [{ type: concept(PARTICIPANT_TYPE, 'author', 'Author'), who, ...(onBehalfOf && { onBehalfOf }) }],
  };
}

function replyResources(e: Entry, x: EntryExtras, refs: FhirRefs, subject: Reference<Patient> | undefined, labels: Coding[]): Resource[] {
  const out: Resource[] = [];
  const on = dateInWords(e.occurredAt);
  // The family's own view added to the entry (P2); the team's answers are not part of this export.
  for (const r of x.replies.filter((r) => r.entry_id === e.id && r.account_kind !== 'professional')) {
    const who: Reference<Party> =
      r.author_person_id && refs.hasPerson(r.author_person_id) ? refs.person(r.author_person_id) : { display: 'A family member' };
    const label = REPLY_KINDS[r.kind];
    const doc: DocumentReference = {
      resourceType: 'DocumentReference',
      id: r.id,
      meta: { versionId: '1', profile: [UK_CORE_DOCUMENT_REFERENCE] },
      status: 'current',
      docStatus: 'final',
      type: concept(REPLY_KIND_SYSTEM, r.kind, label),
      category: [concept(INFORMATION_CATEGORY_SYSTEM, e.category, e.categoryLabel)],
      ...(subject && { subject }),
      date: new Date(r.created_at).toISOString(),
      author: [who],
      relatesTo: [{ code: 'appends', target: { reference: `DocumentReference/${e.id}` } }],
      securityLabel: [{ coding: labels }],
      content: [
        {
          attachment: {
            contentType: TEXT_PLAIN,
            language: r.written_in,
            data: base64(r.text),
            title: `${label}: the family's view of the ${e.kindLabel.toLowerCase()} entry of ${on}`,
          },
        },
      ],
    };
    out.push(doc, authorship(`DocumentReference/${r.id}`, doc.date as string, who));
  }
  return out;
}

export const recordsPart: FhirPart = async ({ tx, scope, family, refs, parentId }) => {
  // The record screen is the professional's; a family member's view of the record is the portal's, not exported here.
  if (scope.actor.kind !== 'professional') return [];
  const rows = await visibleEntries(tx, scope, family);
  const extras = await extrasFor(tx, family, rows);
  const organisationNames = new Map<string, string>();
  const out: Resource[] = [];
  for (const row of rows) {
    const e = toEntry(row, extras);
    // Withheld information never leaves: the receiving system could not keep it from the family.
    if (e.withholding?.scope === 'whole') continue;
    let organisationName = organisationNames.get(e.authorOrganisationId);
    if (organisationName === undefined) {
      organisationName = (await sharingLog.organisationName(tx, e.authorOrganisationId)) ?? e.authorOrganisation;
      organisationNames.set(e.authorOrganisationId, organisationName);
    }
    const organisation = refs.organisation({ id: e.authorOrganisationId, name: organisationName });
    const author = refs.staff({ id: e.authorStaffId, name: e.authorName, organisationId: e.authorOrganisationId, organisationName });
    const { subject, related } = peopleOf(e, refs, parentId ?? null);
    const labels = SECURITY_LABELS[e.category];
    const inError = e.enteredInError !== null;
    const doc: DocumentReference = {
      resourceType: 'DocumentReference',
      id: e.id,
      meta: { versionId: String(e.version), lastUpdated: e.updatedAt, profile: [UK_CORE_DOCUMENT_REFERENCE] },
      status: inError ? 'entered-in-error' : 'current',
      docStatus: inError ? 'entered-in-error' : 'final',
      type: concept(ENTRY_KIND_SYSTEM, e.kind, e.kindLabel),
      category: [concept(INFORMATION_CATEGORY_SYSTEM, e.category, e.categoryLabel)],
      ...(subject && { subject }),
      date: e.createdAt,
      author: [author],
      custodian: organisation,
      securityLabel: [{ coding: labels }],
      content: [
        {
          attachment: {
            contentType: TEXT_PLAIN,
            language: 'en',
            data: base64(entryText(e)),
            title: `${e.kindLabel}, ${dateInWords(e.occurredAt)}`,
          },
        },
      ],
      context: { period: { start: e.occurredAt }, ...(related.length > 0 && { related }) },
    };
    out.push(doc, authorship(`DocumentReference/${e.id}`, e.createdAt, author, organisation));
    out.push(...replyResources(e, extras, refs, subject, labels));
  }
  return out;
};
