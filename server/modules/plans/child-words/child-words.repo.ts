// SQL for a child's own words: read only through childWordsVisible(), so words the child did not agree to
// share never reach anyone but the child and whoever wrote them down.

import type { Locale } from '../../../../shared/i18n/locales.ts';
import { childWordsVisible } from '../../../access/plan-access.ts';
import { type AccessScope, familyVisible } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import type { ChildWordsAudience, ChildWordsPart } from '../../../db/schema.ts';

const columns = [
  'w.id',
  'w.child_person_id',
  'w.part',
  'w.words',
  'w.author_account_id',
  'w.author_name',
  'w.written_for_child',
  'w.share_with',
  'w.created_at',
  'w.version',
  'w.written_in',
  'p.full_name as child_full_name',
  'p.preferred_name as child_preferred_name',
] as const;

export async function visibleWords(tx: Tx, scope: AccessScope, family: VisibleFamily, wordsId?: string) {
  let q = tx
    .selectFrom('child_words as w')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'w.family_id').onRef('p.id', '=', 'w.child_person_id'))
    .select(columns)
    .where('w.family_id', '=', family.id)
    .where('w.removed_at', 'is', null)
    .where(familyVisible(scope, 'w.family_id'))
    .where(childWordsVisible(scope, 'w'));
  if (wordsId) q = q.where('w.id', '=', wordsId);
  return q.orderBy('w.created_at').orderBy('w.id').execute();
}
export type WordsRow = Awaited<ReturnType<typeof visibleWords>>[number];

export async function insertWords(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    child_person_id: string;
    part: ChildWordsPart;
    words: string;
    author_account_id: string;
    author_name: string;
    written_for_child: boolean;
    share_with: ChildWordsAudience[];
    consent_recorded_at: Date | null;
    /** The language the words were written (or written down) in. */
    written_in: Locale;
  },
) {
  await tx
    .insertInto('child_words')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function changeSharing(tx: Tx, family: VisibleFamily, id: string, readVersion: number, shareWith: ChildWordsAudience[]) {
  const r = await tx
    .updateTable('child_words')
    .set((eb) => ({ share_with: shareWith, consent_recorded_at: shareWith.length ? new Date() : null, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
