// The team managers told of withholdings past their review date (issue 18 §4), beside the authors' reminders: once per
// entry, review date and manager (the dedupe key), never the author (already reminded as the author), and only a manager
// who may open the entry.

import type { SystemScope } from '../../access/scope.ts';
import { systemFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { managerNotice } from './manager-notices.policy.ts';
import * as repo from './manager-notices.repo.ts';

/** One run at `today` (the service's date) under the withholding reminders' system scope; returns how many were told. */
export async function tellManagersOfOverdueWithholdings(tx: Tx, system: SystemScope, today: string) {
  let told = 0;
  for (const e of await repo.withholdingsPastReview(tx, system, today)) {
    const family = systemFamily('withholding review reminders', e.family_id);
    const to = await repo.notifyTeamManagers(tx, family, 'manager_withholding_overdue', managerNotice.withholdingOverdue(e.review_on), {
      dedupeKey: repo.withholdingOverdueKey(e.id, e.review_on),
      exceptStaffId: e.author_staff_id,
      // Only the managers who may open the entry: to anyone else the notice would say that a withheld entry exists.
      to: { managers: e.managers },
    });
    told += to.length;
  }
  return told;
}
