// The one choke point of the respectful-language check (issue 16 §1, P5). Every save of words a family member can read
// passes its fields through checkWords() before writing, and recordKeptAsWritten() after, in the same transaction: words
// the check finds are refused with a 400 that names each one and what to write instead, unless the writer keeps them
// as written, once per save, with a reason; that confirmation is stored beside the version the save made.
import type { KeepAsWritten, WordFinding } from '../../../shared/contracts/respectful-words.ts';
import { checkRespectfulFields } from '../../../shared/domain/respectful-words.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { KeptAsWrittenSubject } from '../../db/schema.ts';
import { HttpError } from '../../http/errors.ts';

/** What a save may keep: nothing found, or the findings the writer confirmed with a reason. */
export type WordsCheck = { findings: WordFinding[]; reason: string | null };

export const WORDS_TO_CHECK = 'words_to_check';

/** The field names and the words of one save: `{ text: input.text, title: input.title }`. */
export type CheckedFields = Record<string, string | null | undefined>;

/**
 * Checks every field of a save. Throws the 400 `words_to_check` when something is found and the writer has not kept it
 * as written; returns the findings (with the reason when kept) for recordKeptAsWritten.
 */
export function checkWords(fields: CheckedFields, keep: KeepAsWritten | undefined | null): WordsCheck {
  const findings: WordFinding[] = checkRespectfulFields(fields).flatMap(({ field, findings: found }) =>
    found.map((f) => ({ field, start: f.start, end: f.end, found: f.found, kind: f.kind, entryId: f.entryId, suggestion: f.suggestion })),
  );
  if (findings.length === 0) return { findings, reason: null };
  const reason = keep?.reason?.trim();
  if (reason) return { findings, reason };
  const byField: Record<string, string> = {};
  for (const f of findings) byField[f.field] ??= `“${f.found}”: ${f.suggestion}`;
  const words = [...new Set(findings.map((f) => `“${f.found}”`))].join(', ');
  throw new HttpError(
    400,
    WORDS_TO_CHECK,
    `The family will read this. Please change ${words}, or keep the words as written and say why.`,
    byField,
    { findings },
  );
}

/** Stores the writer's confirmation beside the version the save made; does nothing when nothing was found. */
export async function recordKeptAsWritten(
  tx: Tx,
  familyId: string,
  actor: ProfessionalActor,
  subject: { kind: KeptAsWrittenSubject; id: string; version: number },
  check: WordsCheck,
): Promise<void> {
  if (check.findings.length === 0 || check.reason === null) return;
  await tx
    .insertInto('kept_as_written')
    .values({
      family_id: familyId,
      id: newId(),
      subject_kind: subject.kind,
      subject_id: subject.id,
      version: subject.version,
      staff_id: actor.staffId,
      team_id: (eb) => eb.selectFrom('staff').select('team_id').where('id', '=', actor.staffId),
      findings: JSON.stringify(check.findings.map((f) => ({ field: f.field, entryId: f.entryId, kind: f.kind, found: f.found }))),
      reason: check.reason,
    })
    // A retried save (same idempotency key) makes the same version: one confirmation is enough.
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'version']).doNothing())
    .execute();
}

/** The confirmations kept with a set of records' versions, for showing beside each version to the care team. */
export async function keptFor(
  tx: Tx,
  familyId: string,
  kind: KeptAsWrittenSubject,
  subjectIds: string[],
): Promise<{ subject_id: string; version: number; reason: string; found: string[]; by: string; at: string }[]> {
  if (subjectIds.length === 0) return [];
  const rows = await tx
    .selectFrom('kept_as_written as k')
    .innerJoin('staff as s', 's.id', 'k.staff_id')
    .select(['k.subject_id', 'k.version', 'k.reason', 'k.findings', 's.full_name', 'k.created_at'])
    .where('k.family_id', '=', familyId)
    .where('k.subject_kind', '=', kind)
    .where('k.subject_id', 'in', subjectIds)
    .orderBy('k.version')
    .execute();
  return rows.map((r) => {
    const findings = (typeof r.findings === 'string' ? JSON.parse(r.findings) : r.findings) as { found: string }[];
    return {
      subject_id: r.subject_id,
      version: r.version,
      reason: r.reason,
      found: [...new Set(findings.map((f) => f.found))],
      by: r.full_name,
      at: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
    };
  });
}
