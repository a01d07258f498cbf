// After a crisis: the parent looks back at it in her own words (what helped, what she would change), and chooses
// whether her key workers read them. Changes to the plan itself are hers to make, or workers suggest words as always.
import type { z } from 'zod';
import type { CrisisPlan, CrisisReviewRequest } from '../../../../shared/contracts/crisis.ts';
import { type FamilyDeps, withFamily } from '../../../access/family-access.ts';
import { mayWriteCrisisPlan } from '../../../access/plan-access.ts';
import { conflict, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './crisis.repo.ts';
import { latestUseOf } from './crisis.view.ts';
import { reachCrisis, reloadCrisis } from './crisis-plan.service.ts';

export function saveReview(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CrisisReviewRequest>,
): Promise<CrisisPlan> {
  return withFamily(deps, ctx, familyId, 'crisis_plan.reviewed', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found) return null;
    if (!mayWriteCrisisPlan(ctx.actor, found.doc)) {
      if (!found.access.any) return null;
      throw forbidden('Only the parent writes her own review. You can suggest changes to her plan instead.');
    }
    const use = latestUseOf(found.cc, found.doc);
    if (!use?.ended_at)
      throw conflict(
        use
          ? 'Your crisis plan is still in use. Once it is no longer needed, you can look back at what helped.'
          : 'Your crisis plan has not been used yet, so there is nothing to look back at.',
      );
    const saved = await repo.saveReview(tx, family, use.id, input.version, {
      reflection: input.reflection,
      changes: input.changes || null,
      reflection_shared: input.shareWithKeyWorkers,
      done: input.done,
      written_in: languageOfSave(ctx.actor),
    });
    if (!saved)
      throw await staleSave(
        () => reloadCrisis(tx, ctx, family, found.doc.id),
        'You changed this on another screen. That version is shown; your words are still in the form.',
      );
    const plan = await reloadCrisis(tx, ctx, family, found.doc.id);
    if (!plan) return null;
    return {
      result: plan,
      audit: { subjectType: 'crisis_plan', subjectId: found.doc.id, details: { done: input.done, shared: input.shareWithKeyWorkers } },
    };
  });
}
