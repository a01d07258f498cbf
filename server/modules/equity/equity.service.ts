// "About you" (issue 18 §2): a family member reads and changes her own equity answers, and nothing else; no worker
// reads them one by one (the insights only count them, by familyEquityGroup).
import type { AboutMe, AboutMeInput } from '../../../shared/contracts/equity.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { type FamilyDeps, readFamily, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { forbidden, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { answeredCount, answersForThemselves, changesOf } from './equity.policy.ts';
import * as repo from './equity.repo.ts';

function answerer(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!answersForThemselves(actor)) throw forbidden('Only you can answer the questions about you.');
  return actor;
}

function toView(row: repo.AnswersRow | undefined): AboutMe {
  return {
    ethnicity: row?.ethnicity ?? null,
    firstLanguage: row?.first_language ?? null,
    disability: row?.disability ?? null,
    financialHardship: row?.financial_hardship ?? null,
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Her own answers. Audited like any read of what the family holds, about her person; shown to nobody (audit-actions.ts). */
export function getAboutMe(deps: FamilyDeps, ctx: RequestContext): Promise<AboutMe> {
  const actor = answerer(ctx);
  return readFamily(deps, ctx, actor.familyId, 'equity.viewed', async (tx, family) => ({
    result: toView(await repo.answersOf(tx, family, actor.personId)),
    audit: { subjectType: 'person', subjectId: actor.personId },
  }));
}

/** Saves the answers she gave (null clears one; all four null is "Remove my answers"); a stale version is a 409. */
export function saveAboutMe(deps: FamilyDeps, ctx: RequestContext, input: AboutMeInput): Promise<AboutMe> {
  const actor = answerer(ctx);
  return withFamily(deps, ctx, actor.familyId, 'equity.answered', async (tx, family) => {
    const who = { personId: actor.personId, accountId: actor.accountId };
    if (!(await repo.saveAnswers(tx, family, who, changesOf(input), input.version))) {
      throw await staleSave(
        async () => toView(await repo.answersOf(tx, family, actor.personId)),
        'Your answers were changed in another window. They are shown as they are now: change them again if you need to.',
      );
    }
    const saved = await repo.answersOf(tx, family, actor.personId);
    return {
      result: toView(saved),
      audit: { subjectType: 'person', subjectId: actor.personId, details: { answered: answeredCount(saved) } },
    };
  });
}

/**
 * The person's own answers for her subject access export: only her own person's row, whoever asked for the export;
 * null when she never answered.
 */
export async function equityAnswersForExport(tx: Tx, family: VisibleFamily, viewer: FamilyMemberActor): Promise<AboutMe | null> {
  const row = await repo.answersOf(tx, family, viewer.personId);
  return row ? toView(row) : null;
}
