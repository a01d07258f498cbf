// SQL of the respectful-language check (issue 16 §1): a kept-as-written confirmation stored beside the version its save
// made, and read back for the care team beside each version. The family's reads never call these.
import type { ProfessionalActor } from '../../access/actor.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { KeptAsWrittenSubject, KeptFinding } from '../../db/schema.ts';

/** Stores one confirmation; a retried save (same idempotency key) makes the same version, and one confirmation is enough. */
export async function insertKeptAsWritten(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    actor: ProfessionalActor;
    subject: { kind: KeptAsWrittenSubject; id: string; version: number };
    findings: KeptFinding[];
    reason: string;
  },
): Promise<void> {
  await tx
    .insertInto('kept_as_written')
    .values({
      family_id: family.id,
      id: v.id,
      subject_kind: v.subject.kind,
      subject_id: v.subject.id,
      version: v.subject.version,
      staff_id: v.actor.staffId,
      // The writer's team when they saved: what the team manager's counts are grouped by.
      team_id: (eb) => eb.selectFrom('staff').select('team_id').where('id', '=', v.actor.staffId),
      findings: JSON.stringify(v.findings),
      reason: v.reason,
    })
    .onConflict((oc) => oc.columns(['family_id', 'subject_kind', 'subject_id', 'version']).doNothing())
    .execute();
}

/** The confirmations kept with these records (of these kinds), oldest version first, with the writer's name. */
export async function keptRows(tx: Tx, family: VisibleFamily, kinds: readonly KeptAsWrittenSubject[], subjectIds: readonly string[]) {
  if (subjectIds.length === 0 || kinds.length === 0) return [];
  return tx
    .selectFrom('kept_as_written as k')
    .innerJoin('staff as s', 's.id', 'k.staff_id')
    .select(['k.subject_kind', 'k.subject_id', 'k.version', 'k.reason', 'k.findings', 's.full_name', 'k.created_at'])
    .where('k.family_id', '=', family.id)
    .where('k.subject_kind', 'in', kinds)
    .where('k.subject_id', 'in', subjectIds)
    .orderBy('k.subject_id')
    .orderBy('k.version')
    .execute();
}
