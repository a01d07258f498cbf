// Turns entry rows into what each kind of reader receives. The portal view is where withheld text
// is dropped: a withheld entry becomes a placeholder and a withheld part never leaves the server.
import type { Decision, Entry, PortalEntry } from '../../../shared/contracts/records.ts';
import {
  ENTRY_KINDS,
  INFORMATION_CATEGORIES,
  REPLY_KINDS,
  type ReplyAuthorKind,
  WITHHOLDING_REASONS,
} from '../../../shared/domain/records.ts';
import type { Actor } from '../../access/actor.ts';
import { allowedChanges } from '../../access/entry-policy.ts';
import { type KeptOn, keptOf } from '../words/index.ts';
import type * as repo from './records.repo.ts';

/** An entry row as read directly (timestamps as Dates) or inside a JSON array (timestamps as ISO strings). */
type Timestamps = 'occurred_at' | 'created_at' | 'updated_at' | 'entered_in_error_at';
export type EntryLike = Omit<repo.EntryRow, Timestamps> & {
  [K in Timestamps]: repo.EntryRow[K] extends Date ? Date | string : Date | string | null;
};
type Row = EntryLike;
/** `kept`: the kept-as-written confirmations of the entries and their replies, read only for the care team's view. */
export type EntryExtras = Awaited<ReturnType<typeof repo.entryExtras>> & { kept?: readonly KeptOn[] };
type ReplyRow = EntryExtras['replies'][number];
type Names = EntryExtras['names'];

/** The versions of this entry its reader may read: `readable_versions` was decided with the row (null: all). */
function versionsOf(row: Row, x: EntryExtras) {
  const readable = row.readable_versions;
  return x.versions.filter((v) => v.entry_id === row.id && (readable === null || readable.includes(v.version)));
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);
const personName = (names: Names, id: string) => {
  const p = names.people.get(id);
  return p ? (p.preferred_name ?? p.full_name) : 'Someone';
};

function replyView(r: ReplyRow) {
  const fromTeam = r.account_kind === 'professional';
  const authorKind: ReplyAuthorKind = fromTeam ? 'team' : r.account_kind === 'young_person' ? 'young_person' : 'parent';
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: REPLY_KINDS[r.kind],
    text: r.text,
    writtenIn: r.written_in,
    authorName: fromTeam ? (r.staff_name ?? 'A member of the team') : (r.preferred_name ?? r.person_name ?? 'A family member'),
    authorRole: fromTeam ? (r.job_title ?? 'Care team') : authorKind === 'young_person' ? 'Young person' : 'Parent',
    authorKind,
    authorJobTitle: fromTeam ? (r.job_title ?? null) : null,
    createdAt: iso(r.created_at),
  };
}

/** The confirmations of one kind kept with this record (an entry's own words, or the reason it was marked in error). */
const keptOfKind = (x: EntryExtras, kind: KeptOn['subjectKind'], id: string) =>
  keptOf(
    (x.kept ?? []).filter((k) => k.subjectKind === kind),
    id,
  );

/**
 * The confirmations kept with this entry's versions, only those of versions its reader may read: what was kept is
 * words of that version, and a version of a category the reader may not read says nothing about itself.
 */
function keptBesideVersions(row: Row, x: EntryExtras) {
  const readable = new Set(versionsOf(row, x).map((v) => v.version));
  return keptOfKind(x, 'record_entry', row.id).filter((k) => readable.has(k.version));
}

/**
 * The professional's view: everything, including what is kept from the parent, and the changes `viewer` may make
 * (none when no viewer is given).
 */
export function toEntry(row: Row, x: EntryExtras, viewer?: Actor): Entry {
  const author = x.names.staff.get(row.author_staff_id);
  const decidedBy = row.withholding_decided_by_staff_id ? x.names.staff.get(row.withholding_decided_by_staff_id) : undefined;
  const errorBy = row.entered_in_error_by_staff_id ? x.names.staff.get(row.entered_in_error_by_staff_id) : undefined;
  return {
    id: row.id,
    familyId: row.family_id,
    kind: row.kind,
    kindLabel: ENTRY_KINDS[row.kind],
    occurredAt: iso(row.occurred_at),
    category: row.category,
    categoryLabel: INFORMATION_CATEGORIES[row.category],
    authorStaffId: row.author_staff_id,
    authorOrganisationId: row.author_organisation_id,
    authorName: author?.full_name ?? 'Unknown',
    authorJobTitle: author?.job_title ?? '',
    authorOrganisation: author?.organisation_name ?? '',
    presentPeople: row.present_person_ids.map((id) => ({ id, name: personName(x.names, id) })),
    presentStaff: row.present_staff_ids.map((id) => ({ id, name: x.names.staff.get(id)?.full_name ?? 'Someone' })),
    aboutPersonIds: row.about_person_ids,
    text: row.text,
    restrictedText: row.restricted_text,
    decision: (row.decision as Decision | null) ?? null,
    withholding:
      row.withholding_scope && row.withholding_reason && row.withholding_review_on
        ? {
            scope: row.withholding_scope,
            reason: row.withholding_reason,
            reasonLabel: WITHHOLDING_REASONS[row.withholding_reason].label,
            reviewOn: row.withholding_review_on,
            decidedByName: decidedBy?.full_name ?? 'Unknown',
            placeholderHidden: row.placeholder_hidden,
          }
        : null,
    enteredInError: row.entered_in_error_at
      ? {
          reason: row.entered_in_error_reason ?? '',
          at: iso(row.entered_in_error_at),
          byName: errorBy?.full_name ?? 'Unknown',
          keptAsWritten: keptOfKind(x, 'entry_in_error', row.id)[0] ?? null,
        }
      : null,
    version: row.version,
    versions: versionsOf(row, x).map((v) => ({
      version: v.version,
      text: v.text,
      restrictedText: v.restricted_text,
      editedByName: v.edited_by_name,
      editedAt: iso(v.edited_at),
      changeNote: v.change_note,
    })),
    keptAsWritten: keptBesideVersions(row, x),
    replies: x.replies
      .filter((r) => r.entry_id === row.id)
      .map((r) => ({ ...replyView(r), keptAsWritten: keptOfKind(x, 'reply', r.id)[0] ?? null })),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    allowedChanges: viewer
      ? allowedChanges(viewer, {
          authorStaffId: row.author_staff_id,
          authorOrganisationId: row.author_organisation_id,
          enteredInError: row.entered_in_error_at !== null,
          withholding: row.withholding_scope ? { scope: row.withholding_scope, placeholderHidden: row.placeholder_hidden } : null,
        })
      : [],
  };
}

/** The parent's or young person's view (P1): plain labels, and nothing that is withheld. */
export function toPortalEntry(row: Row, x: EntryExtras): PortalEntry {
  const reason = row.withholding_reason ? WITHHOLDING_REASONS[row.withholding_reason] : null;
  if (row.withholding_scope === 'whole' && row.withholding_reason && reason && row.withholding_review_on) {
    return {
      withheld: true,
      id: row.id,
      occurredAt: iso(row.occurred_at),
      reason: row.withholding_reason,
      reasonLabel: reason.label,
      reasonPlain: reason.plain,
      reviewOn: row.withholding_review_on,
    };
  }
  const author = x.names.staff.get(row.author_staff_id);
  const versions = versionsOf(row, x);
  return {
    withheld: false,
    id: row.id,
    kind: row.kind,
    kindLabel: ENTRY_KINDS[row.kind],
    occurredAt: iso(row.occurred_at),
    category: row.category,
    categoryLabel: INFORMATION_CATEGORIES[row.category],
    authorName: author?.full_name ?? 'A member of the team',
    authorJobTitle: author?.job_title ?? '',
    authorOrganisation: author?.organisation_name ?? '',
    presentNames: [
      ...row.present_person_ids.map((id) => personName(x.names, id)),
      ...row.present_staff_ids.map((id) => x.names.staff.get(id)?.full_name ?? 'Someone'),
    ],
    text: row.text,
    partWithheld:
      row.withholding_scope === 'part' && row.withholding_reason && reason && row.withholding_review_on
        ? { reason: row.withholding_reason, reasonLabel: reason.label, reasonPlain: reason.plain, reviewOn: row.withholding_review_on }
        : null,
    decision: (row.decision as Decision | null) ?? null,
    enteredInError: row.entered_in_error_at ? { reason: row.entered_in_error_reason ?? '', at: iso(row.entered_in_error_at) } : null,
    // Marking in error or withholding steps the row's version without changing the words: count wordings.
    edited: versions.length > 1,
    // Earlier wording stays readable; but once part of an entry is kept back, an earlier version may
    // have held that part in its main text, so earlier versions are not sent at all.
    versions: (row.withholding_scope ? [] : versions).map((v) => ({
      version: v.version,
      text: v.text,
      editedAt: iso(v.edited_at),
      changeNote: v.change_note,
    })),
    replies: x.replies.filter((r) => r.entry_id === row.id).map(replyView),
  };
}
