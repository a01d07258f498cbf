// SQL for the information governance console: the review queue and audit search.
import type { Tx } from '../../db/database.ts';

/** The information governance lead's queue: overrides, emergency accesses, withholdings past review. */
export async function reviewQueue(tx: Tx) {
  const [overrides, accesses, withholdings] = await Promise.all([
    tx
      .selectFrom('safeguarding_overrides as o')
      .innerJoin('families as f', 'f.id', 'o.family_id')
      .innerJoin('organisations as org', 'org.id', 'o.recipient_organisation_id')
      .innerJoin('staff as s', 's.id', 'o.created_by_staff_id')
      .select([
        'o.id',
        'o.family_id',
        'f.display_name',
        'org.name as recipient',
        'o.categories',
        'o.lawful_basis',
        'o.justification',
        's.full_name as created_by',
        'o.starts_at',
        'o.ends_at',
        'o.parent_told',
        'o.not_telling_reason',
        'o.review_due_at',
        'o.reviewed_at',
      ])
      // Unreviewed ones, and those still running; an override that simply lapsed leaves the queue once reviewed.
      .where((eb) => eb.or([eb('o.reviewed_at', 'is', null), eb.and([eb('o.ended_at', 'is', null), eb('o.ends_at', '>', new Date())])]))
      .orderBy('o.starts_at', 'desc')
      .limit(200)
      .execute(),
    tx
      .selectFrom('emergency_accesses as e')
      .innerJoin('families as f', 'f.id', 'e.family_id')
      .innerJoin('staff as s', 's.id', 'e.staff_id')
      .innerJoin('organisations as org', 'org.id', 's.organisation_id')
      .select([
        'e.id',
        'e.family_id',
        'f.display_name',
        's.full_name',
        'org.name as organisation',
        'e.reason',
        'e.started_at',
        'e.ends_at',
        'e.ended_at',
        'e.reviewed_at',
      ])
      .where('e.reviewed_at', 'is', null)
      .orderBy('e.started_at', 'desc')
      .limit(200)
      .execute(),
    tx
      .selectFrom('record_entries as r')
      .innerJoin('families as f', 'f.id', 'r.family_id')
      .innerJoin('staff as s', 's.id', 'r.author_staff_id')
      .select(['r.family_id', 'f.display_name', 'r.id', 's.full_name', 'r.withholding_review_on'])
      .where('r.withholding_scope', 'is not', null)
      .where('r.withholding_review_on', '<', new Date().toISOString().slice(0, 10))
      .where('r.entered_in_error_at', 'is', null)
      .orderBy('r.withholding_review_on')
      .limit(200)
      .execute(),
  ]);
  return { overrides, accesses, withholdings };
}

export async function searchAudit(
  tx: Tx,
  f: { familyId?: string; personId?: string; accountId?: string; from?: string; to?: string; limit: number },
) {
  let q = tx
    .selectFrom('audit_events as a')
    .leftJoin('staff as s', 's.id', 'a.actor_staff_id')
    .leftJoin('accounts as acc', 'acc.id', 'a.actor_account_id')
    .select([
      'a.occurred_at',
      'a.action',
      'a.outcome',
      'a.actor_kind',
      'a.family_id',
      'a.subject_type',
      'a.subject_id',
      'a.ip',
      'a.details',
      's.full_name',
      'acc.username',
    ])
    .orderBy('a.occurred_at', 'desc')
    .limit(f.limit);
  if (f.familyId) q = q.where('a.family_id', '=', f.familyId);
  if (f.accountId) q = q.where('a.actor_account_id', '=', f.accountId);
  if (f.personId)
    q = q.where((eb) => eb.or([eb('a.subject_id', '=', f.personId as string), eb('acc.person_id', '=', f.personId as string)]));
  if (f.from) q = q.where('a.occurred_at', '>=', new Date(`${f.from}T00:00:00Z`));
  if (f.to) q = q.where('a.occurred_at', '<', new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000));
  return q.execute();
}
