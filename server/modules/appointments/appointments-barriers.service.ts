// What makes appointments hard for the family (issue 17 §1): shown while arranging. The parent's practical barriers from the
// needs pages (issue 15) when she has written any, read only; and a small record kept here, written by the parent or by a
// worker with her, asked for when the needs pages hold none. A worker's words are checked (issue 16 §1); hers never are.
import type { z } from 'zod';
import type { AppointmentBarriers, AppointmentBarriersInput, Arranging } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_BARRIER_FIELDS } from '../../../shared/domain/appointments.ts';
import { writerLanguage } from '../../access/actor.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { checkWords, recordKeptAsWritten } from '../words/index.ts';
import { barriersView, needsBarriersView } from './appointment-views.ts';
import * as repo from './appointments.repo.ts';
import { type AppointmentDeps, changeFamily, parent, worker } from './appointments-core.ts';

/** What the arranging form shows: the needs pages' barriers of the parent (or null) and this record. */
export async function arrangingFor(tx: Tx, family: VisibleFamily, people?: repo.PersonRow[]): Promise<Arranging> {
  const all = people ?? (await repo.people(tx, family));
  const parentId = repo.theParent(all)?.id;
  const [fromNeeds, own] = await Promise.all([parentId ? repo.needsBarriers(tx, family, parentId) : undefined, repo.barriers(tx, family)]);
  return { needsBarriers: needsBarriersView(fromNeeds), barriers: barriersView(own) };
}

async function save(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof AppointmentBarriersInput>,
): Promise<AppointmentBarriers> {
  const a = ctx.actor;
  return changeFamily(deps, ctx, familyId, 'appointment_barriers.saved', familyId, async (tx, family) => {
    if (a.kind === 'anonymous' || a.kind === 'system') return null;
    const before = await repo.barriers(tx, family);
    const values = {
      childcare: input.childcare,
      travel: input.travel,
      times: input.times,
      other: input.other,
      // A worker changing what she said leaves it in her language: the words are still mostly hers.
      written_in: a.kind === 'professional' ? (before?.written_in ?? 'en') : writerLanguage(a),
    };
    // A worker confirms only the words this save changes (her own words left as they were are not put to the worker again).
    const changed: Record<string, string | null> = {};
    for (const f of APPOINTMENT_BARRIER_FIELDS) if ((input[f] ?? null) !== (before?.[f] ?? null)) changed[f] = input[f];
    const words = a.kind === 'professional' ? checkWords(changed, input.keepAsWritten) : null;
    const saved =
      input.version === 0
        ? await repo.insertBarriers(tx, family, a.accountId, values)
        : await repo.updateBarriers(tx, family, a.accountId, input.version, values);
    if (!saved)
      throw await staleSave(
        async () => barriersView(await repo.barriers(tx, family)),
        'Someone else changed what makes appointments hard while you were writing. Their words are shown; add yours again if you need to.',
      );
    const after = await repo.barriers(tx, family);
    // Kept against the family's own id (one record per family), beside the version this save made.
    if (a.kind === 'professional' && words && after)
      await recordKeptAsWritten(tx, family, a, { kind: 'appointment', id: family.id, version: after.version }, words);
    return { result: barriersView(after), audit: { subjectType: 'family', subjectId: family.id } };
  });
}

export function saveBarriersAsParent(deps: AppointmentDeps, ctx: RequestContext, input: z.output<typeof AppointmentBarriersInput>) {
  return save(deps, ctx, parent(ctx).familyId, input);
}

export function saveBarriersAsWorker(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof AppointmentBarriersInput>,
) {
  worker(ctx);
  return save(deps, ctx, familyId, input);
}
