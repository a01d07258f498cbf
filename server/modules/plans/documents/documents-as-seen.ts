// The family's wellness and crisis plans, contingency plans and explanations exactly as one reader sees them: only
// the sections access/plan-access.ts#visibleSectionKeys gives that reader. For other modules (a request for help
// shows a worker what the parent shared with them), so the rule is never written twice.
import type { PlanDocument } from '../../../../shared/contracts/plans.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { buildDocuments, loadContext } from './plan-documents.view.ts';

export async function documentsAsSeenBy(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<PlanDocument[]> {
  return (await buildDocuments(tx, scope.actor, family, await loadContext(tx, scope, family))).documents;
}
