// The one choke point of the respectful-language check (issue 16 §1, P5). Every save of words a family member can read
// passes its fields through checkWords() before writing, and recordKeptAsWritten() after, in the same transaction: words
// the check finds are refused with a 400 that names each one and what to write instead, unless the writer keeps them
// as written, once per save, with a reason; that confirmation is stored beside the version the save made.
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { type KeepAsWritten, type KeptAsWritten, WordFinding } from '../../../shared/contracts/respectful-words.ts';
import { checkRespectfulFields } from '../../../shared/domain/respectful-words.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { KeptAsWrittenSubject, KeptFinding } from '../../db/schema.ts';
import { HttpError } from '../../http/errors.ts';
import * as repo from './kept-as-written.repo.ts';

/** What a save may keep: nothing found, or the findings the writer confirmed with a reason. */
export type WordsCheck = { findings: WordFinding[]; reason: string | null };

export const WORDS_TO_CHECK = 'words_to_check';

/** The 400 a save with words to check answers (routes list it so its `findings` are not stripped from the body). */
export const WordsToCheckBody = ErrorBody.extend({ findings: z.array(WordFinding).optional() });

/** The field names and the words of one save: `{ text: input.text, title: input.title }`. */
export type CheckedFields = Record<string, string | null | undefined>;

/** Nothing to check: what a save by a parent or a child carries (their own words are never checked). */
export const UNCHECKED: WordsCheck = { findings: [], reason: null };

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
  family: VisibleFamily,
  actor: ProfessionalActor,
  subject: { kind: KeptAsWrittenSubject; id: string; version: number },
  check: WordsCheck,
): Promise<void> {
  if (check.findings.length === 0 || check.reason === null) return;
  const findings: KeptFinding[] = check.findings.map((f) => ({ field: f.field, entryId: f.entryId, kind: f.kind, found: f.found }));
  await repo.insertKeptAsWritten(tx, family, { id: newId(), actor, subject, findings, reason: check.reason });
}

/** A confirmation as the care team sees it beside a version, with what it was kept on. */
export type KeptOn = KeptAsWritten & { subjectKind: KeptAsWrittenSubject; subjectId: string };

/**
 * The confirmations kept with a set of records' versions (of one kind or several), for showing beside each version to
 * the care team. Never for a family member's view or their export.
 */
export async function keptFor(
  tx: Tx,
  family: VisibleFamily,
  kind: KeptAsWrittenSubject | readonly KeptAsWrittenSubject[],
  subjectIds: readonly string[],
): Promise<KeptOn[]> {
  const kinds = typeof kind === 'string' ? [kind] : kind;
  const rows = await repo.keptRows(tx, family, kinds, [...new Set(subjectIds)]);
  return rows.map((r) => {
    const findings = (typeof r.findings === 'string' ? JSON.parse(r.findings) : r.findings) as KeptFinding[];
    return {
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      version: r.version,
      by: r.full_name,
      at: r.created_at instanceof Date ? r.created_at.toISOString() : new Date(String(r.created_at)).toISOString(),
      reason: r.reason,
      found: [...new Set(findings.map((f) => f.found))],
    };
  });
}

/** The confirmations of one record, as its contract lists them (without what they were kept on). */
export const keptOf = (kept: readonly KeptOn[], subjectId: string): KeptAsWritten[] =>
  kept.filter((k) => k.subjectId === subjectId).map(({ subjectKind: _k, subjectId: _s, ...view }) => view);
