// SQL for the information governance lead's review of worries a key worker did not tell the parent of (issue 14 §1):
// the queue, across every family, and recording the review of one (only the columns of the review).
import { sql } from 'kysely';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';

/**
 * Worries a key worker did not tell the parent of, for a safeguarding reason, waiting for the information governance
 * lead (the governance console's queue, as a young person invited without the parent being told is).
 */
export async function worriesToReview(tx: Tx) {
  return tx
    .selectFrom('help_requests as r')
    .innerJoin('families as f', 'f.id', 'r.family_id')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'r.family_id').onRef('p.id', '=', 'r.person_id'))
    .innerJoin('staff as s', 's.id', 'r.acknowledged_by_staff_id')
    .select([
      'r.id',
      'r.family_id',
      'f.display_name',
      sql<string>`COALESCE(p.preferred_name, p.full_name)`.as('raised_by'),
      's.full_name as decided_by',
      'r.safeguarding_reason',
      'r.acknowledged_at',
      'r.created_at',
    ])
    .where('r.worry_outcome', '=', 'safeguarding')
    .where('r.governance_reviewed_at', 'is', null)
    .orderBy('r.created_at')
    .limit(200)
    .execute();
}

/** Records the lead's review of a worry still waiting for one; false when there is none (told, reviewed, or no such worry). */
export async function markWorryReviewed(tx: Tx, family: VisibleFamily, requestId: string, staffId: string, note: string) {
  const row = await tx
    .updateTable('help_requests')
    .set({ governance_reviewed_at: sql`now()`, governance_reviewed_by_staff_id: staffId, governance_review_note: note })
    .where('family_id', '=', family.id)
    .where('id', '=', requestId)
    .where('kind', '=', 'worry')
    .where('worry_outcome', '=', 'safeguarding')
    .where('governance_reviewed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
