// SQL for safeguarding overrides.

import type { Updateable } from 'kysely';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import type { OverrideBasis } from '../../../shared/domain/sharing.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { SafeguardingOverridesTable } from '../../db/schema.ts';

export async function insertOverride(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    categories: readonly InformationCategory[];
    recipient_organisation_id: string;
    lawful_basis: OverrideBasis;
    justification: string;
    ends_at: Date;
    created_by_staff_id: string;
    parent_told: boolean;
    not_telling_reason: string | null;
    review_due_at: Date | null;
  },
) {
  await tx
    .insertInto('safeguarding_overrides')
    .values({ ...v, family_id: family.id, starts_at: new Date() })
    .execute();
}

export async function findOverride(tx: Tx, family: VisibleFamily, id: string) {
  return tx.selectFrom('safeguarding_overrides').selectAll().where('family_id', '=', family.id).where('id', '=', id).executeTakeFirst();
}

/** Changes an override's own columns: never its family or id (a loose record here could move it to another family). */
export async function updateOverride(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  set: Omit<Updateable<SafeguardingOverridesTable>, 'family_id' | 'id'>,
) {
  await tx.updateTable('safeguarding_overrides').set(set).where('family_id', '=', family.id).where('id', '=', id).execute();
}
