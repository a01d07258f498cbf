// The information governance lead's review of a worry a key worker did not tell the parent of, for a safeguarding
// reason (issue 14 §1): a note for the record, as for a young person invited without the parent being told. The review
// does not tell the parent; the worry leaves the queue. Reached from the governance console, not through a care team.

import type { FamilyDeps } from '../../access/family-access.ts';
import { isUuid } from '../../access/family-access.ts';
import { systemFamily } from '../../access/visible-family.ts';
import { forbidden, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { markWorryReviewed } from './help-governance.repo.ts';

const REASON = 'raised worry review by governance' as const;

export async function reviewWorry(deps: FamilyDeps, ctx: RequestContext, familyId: string, requestId: string, note: string) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional' || actor.role !== 'information_governance_lead') {
    throw forbidden('This is for information governance leads.');
  }
  const done = await deps.db.transaction().execute(async (tx) => {
    if (!isUuid(familyId) || !isUuid(requestId)) return false;
    // The lead reviews worries of any family, as they review safeguarding overrides: not through a care team.
    const family = systemFamily(REASON, familyId);
    const marked = await markWorryReviewed(tx, family, requestId, actor.staffId, note);
    if (marked) {
      await deps.audit.record(tx, {
        action: 'raised_worry.reviewed',
        outcome: 'allowed',
        actor,
        familyId,
        subjectType: 'help_request',
        subjectId: requestId,
        requestId: ctx.requestId,
        ip: ctx.ip,
      });
    }
    return marked;
  });
  if (!done) {
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      familyId: isUuid(familyId) ? familyId : null,
      subjectType: 'help_request',
      subjectId: requestId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: 'raised_worry.reviewed' },
    });
    throw new HttpError(404, 'not_found', 'This worry is not waiting for a review. It may have been reviewed already.');
  }
}
