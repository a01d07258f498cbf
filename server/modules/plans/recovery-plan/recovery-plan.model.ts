// The family recovery plan as each person may see it: loading, the view, participants, and telling the other
// side of the plan about a change. Shared by the plan's use cases.

import type { z } from 'zod';
import type { PlanItem, RaterKind, RecoveryPlanView } from '../../../../shared/contracts/plans.ts';
import { dateInWords } from '../../../../shared/domain/dates.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../../shared/i18n/notify-plans.messages.ts';
import type { Actor } from '../../../access/actor.ts';
import {
  type CategoryLens,
  mayRateAndAgree,
  mayReadItem,
  type RecoveryPartKey,
  recoveryItemKindsFor,
  SEES_EVERY_CATEGORY,
  visibleRecoveryParts,
} from '../../../access/plan-access.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { forbidden } from '../../../http/errors.ts';
import * as shared from '../plans.repo.ts';
import { partOf, toItem } from './plan-items.ts';
import * as repo from './recovery-plan.repo.ts';

export type Me = { accountId: string; name: string; role: string };

export const inWords = (d: Date | string) => dateInWords(d);

/**
 * A calendar date ("2026-12-01") as a notification's value: noon UTC of that day, as a number, which the message words in
 * the reader's language (`{date, date, long}`); noon keeps it on the same day in any time zone near the UK.
 */
export const dayValue = (d: Date | string): number => Date.parse(`${(typeof d === 'string' ? d : d.toISOString()).slice(0, 10)}T12:00:00Z`);

/** The caller as a participant: account, name and the role shown beside their ratings and agreement. */
export function participantOf(actor: Actor, team: shared.Participants['team']): Me {
  switch (actor.kind) {
    case 'professional': {
      const member = team.find((t) => t.id === actor.staffId);
      return {
        accountId: actor.accountId,
        name: actor.name,
        role: member ? `${member.job_title}, ${member.organisation_name}` : 'Professional',
      };
    }
    case 'parent':
    case 'other_parent':
      return { accountId: actor.accountId, name: actor.name, role: 'Parent' };
    case 'young_person':
      return { accountId: actor.accountId, name: actor.name, role: 'Young person' };
    case 'network_member':
      return { accountId: actor.accountId, name: actor.name, role: 'Someone the family trusts' };
    default:
      throw forbidden();
  }
}

export type Loaded = {
  /** The family the plan was loaded for, through the caller's scope. */
  family: VisibleFamily;
  plan: repo.PlanRow | undefined;
  parts: RecoveryPartKey[];
  people: shared.Participants;
  /** The items in the plan now that the caller may read. */
  items: PlanItem[];
  /** Items in the plan now, in parts the caller reads, kept from them by their category. */
  hiddenItems: number;
  /** Every item row, taken-out ones too, whoever may read them: for freezing a version and reading frozen ones. */
  rows: repo.ItemRow[];
  lens: CategoryLens;
};

/** An item row as the category rule sees it. */
export const categorised = (row: Pick<repo.ItemRow, 'kind' | 'category' | 'author_organisation_id'>) => ({
  part: partOf(row.kind),
  category: row.category,
  authorOrganisationId: row.author_organisation_id,
});

export async function load(tx: Tx, scope: AccessScope, family: VisibleFamily, lock = false): Promise<Loaded> {
  const plan = await repo.findPlan(tx, scope, family, { lock });
  const people = await shared.participants(tx, scope, family);
  const shares = await shared.activeShares(tx, scope, family);
  const parts = visibleRecoveryParts(scope.actor, shares);
  const rows = plan ? await repo.items(tx, family, plan.id) : [];
  // No items, nothing for the category rule to decide (and no statement spent on it).
  const lens = rows.length
    ? await shared.categoryLens(
        tx,
        scope,
        family,
        rows.map((r) => r.author_organisation_id),
      )
    : SEES_EVERY_CATEGORY;
  const current = rows.filter((r) => !r.removed_at && parts.includes(partOf(r.kind)));
  const items = current.filter((r) => mayReadItem(parts, lens, categorised(r))).map(toItem);
  return { family, plan, parts, people, items, hiddenItems: current.length - items.length, rows, lens };
}

export async function view(tx: Tx, scope: AccessScope, loaded: Loaded): Promise<RecoveryPlanView> {
  const { plan, parts, people, items } = loaded;
  const actor = scope.actor;
  const visible = plan && parts.length > 0;
  const seen = new Set(items.map((i) => i.id));
  const rated = visible ? (await repo.ratings(tx, loaded.family, plan.id)).filter((r) => seen.has(r.item_id)) : [];
  const agreed = visible ? await repo.agreements(tx, loaded.family, plan.id) : [];
  const versions = visible ? await repo.versions(tx, loaded.family, plan.id) : [];
  const mayTakePart = !!visible && mayRateAndAgree(actor, parts, plan.rating_invitee_person_ids);
  return {
    plan: visible
      ? {
          id: plan.id,
          workingVersion: plan.working_version,
          reviewOn: plan.review_on,
          version: plan.version,
          ratingInviteePersonIds: plan.rating_invitee_person_ids,
          visibleParts: parts,
          items,
          ratings: rated.map(toRating),
          agreements: agreed.map(toAgreement),
          versions: versions.map((v) => ({
            number: v.number,
            frozenAt: v.frozen_at.toISOString(),
            frozenBy: v.frozen_by_name,
            reviewNote: v.review_note,
          })),
          hiddenItems: loaded.hiddenItems,
        }
      : null,
    can: {
      start: actor.kind === 'professional' && !plan,
      editSettings: actor.kind === 'professional' && !!plan,
      review: actor.kind === 'professional' && !!plan,
      addItems: visible ? recoveryItemKindsFor(actor) : [],
      rate: mayTakePart,
      agree: mayTakePart,
    },
    people: [
      // Someone who signs in as a trusted person counts as network, whatever the team recorded them as.
      ...people.people.map((p) => ({
        id: p.id,
        name: p.preferred_name ?? p.full_name,
        kind: p.account_kind === 'network_member' ? 'network_member' : (p.kind as string),
      })),
      ...people.team.map((t) => ({ id: t.id, name: t.full_name, kind: 'professional' })),
    ],
  };
}

/**
 * Who gave a rating or an agreement, from the role participantOf wrote beside it (frozen versions keep only that): the
 * family's pages word the family's roles; a worker's is their job title and organisation, shown as written.
 */
const FAMILY_ROLES: Record<string, z.infer<typeof RaterKind>> = {
  Parent: 'parent',
  'Young person': 'young_person',
  'Someone the family trusts': 'network_member',
};
export const roleKindOf = (role: string): z.infer<typeof RaterKind> => FAMILY_ROLES[role] ?? 'professional';

export const toRating = (r: repo.RatingRow) => ({
  itemId: r.item_id,
  planVersion: r.plan_version,
  accountId: r.account_id,
  name: r.rater_name,
  role: r.rater_role,
  roleKind: roleKindOf(r.rater_role),
  score: r.score,
  note: r.note,
  ratedAt: r.rated_at.toISOString(),
  writtenIn: r.written_in,
});
export const toAgreement = (a: repo.AgreementRow) => ({
  planVersion: a.plan_version,
  accountId: a.account_id,
  name: a.name,
  role: a.role,
  roleKind: roleKindOf(a.role),
  position: a.position,
  reasons: a.reasons,
  recordedAt: a.recorded_at.toISOString(),
  writtenIn: a.written_in,
});

export const needPlan = (loaded: Loaded) => {
  if (!loaded.plan || loaded.parts.length === 0) return null;
  return loaded.plan;
};

const WHAT_WORKERS_READ = { added: 'added something', changed: 'changed something', agreed: 'said whether they agree' } as const;

/**
 * Tells the other side of the plan (key workers, or the parents) that it changed: at most once a day each. The parents
 * read it in their own language (a Phrase); a worker changing the plan adds or changes something.
 */
export async function tellOthers(tx: Tx, actor: Actor, family: VisibleFamily, planId: string, what: keyof typeof WHAT_WORKERS_READ) {
  const today = new Date().toISOString().slice(0, 10);
  if (actor.kind === 'professional') {
    const parents = await repo.parentAccounts(tx, [family]);
    await shared.notify(
      tx,
      family,
      parents.map((p) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        recipient_account_id: p.id,
        message: phrase(notifyPlans.planChanged, { name: actor.name, what }),
        dedupe_key: `plan-changed:${planId}:${p.id}:${today}`,
      })),
    );
  } else {
    const workers = await repo.keyWorkers(tx, [family]);
    await shared.notify(
      tx,
      family,
      workers.map((w) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        recipient_staff_id: w.staff_id,
        message: `${'name' in actor ? actor.name : 'Someone'} ${WHAT_WORKERS_READ[what]} in the family recovery plan.`,
        dedupe_key: `plan-changed:${planId}:${w.staff_id}:${today}`,
      })),
    );
  }
}
