// The last few contacts with a family (visits, calls, meetings, messages) as the reader may read them: the same
// conditions as the record's own list (familyVisible, entryVisible), newest first. Used beside a request for help.
import type { Entry } from '../../../shared/contracts/records.ts';
import type { EntryKind } from '../../../shared/domain/records.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { toEntry } from './entry-views.ts';
import * as repo from './records.repo.ts';
import { extrasFor } from './records.service.ts';

/** Kinds of entry that are a contact with the family (not an observation or a decision). */
export const CONTACT_KINDS: readonly EntryKind[] = ['home_visit', 'office_meeting', 'phone_call', 'message', 'multi_agency_meeting'];

/** The reader's last `limit` contacts with the family, newest first; entries marked as entered in error are left out. */
export async function recentContacts(tx: Tx, scope: AccessScope, family: VisibleFamily, limit: number): Promise<Entry[]> {
  const rows = (
    await repo
      .entriesQuery(tx, scope, family, { limit })
      .where('e.kind', 'in', [...CONTACT_KINDS])
      .where('e.entered_in_error_at', 'is', null)
      .execute()
  ).slice(0, limit);
  if (rows.length === 0) return [];
  const extras = await extrasFor(tx, family, rows, true);
  return rows.map((r) => toEntry(r, extras, scope.actor));
}
