// SQL for starting a family: the duplicate check across every family (what leaves it is decided by the service),
// the new family row with its first care team member, and its people.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { CareTeamRole } from '../../../shared/domain/care-team-roles.ts';
import { type AccessScope, familyVisible } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { KeyWorkerSide, PersonKind } from '../../db/schema.ts';

/**
 * Everyone born on one of these days, in any family: the one read of families the caller may not see, and loud
 * on purpose. For each, whether the caller's scope sees the family (`visible`) and the organisation to ask: the
 * family's key worker's (the longest serving first), else its longest serving team member's, else whoever was
 * first on its team. The service lets nothing but that organisation leave for a family the caller cannot see.
 */
export async function peopleBornOnAcrossAllFamilies(tx: Tx, scope: AccessScope, datesOfBirth: string[]) {
  if (datesOfBirth.length === 0) return [];
  const visible: Expression<SqlBool> = familyVisible(scope, 'p.family_id');
  return tx
    .selectFrom('people as p')
    .innerJoin('families as f', 'f.id', 'p.family_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('care_team_members as m')
          .innerJoin('staff as s', 's.id', 'm.staff_id')
          .innerJoin('organisations as o', 'o.id', 's.organisation_id')
          .select(['o.name as organisation_name', 'o.phone as organisation_phone', 'o.email as organisation_email'])
          .whereRef('m.family_id', '=', 'p.family_id')
          .orderBy(sql`m.ended_at IS NULL`, 'desc')
          .orderBy(sql`m.key_worker IS NOT NULL`, 'desc')
          .orderBy('m.started_at')
          .limit(1)
          .as('ask'),
      (join) => join.onTrue(),
    )
    .select([
      'p.family_id',
      'p.full_name',
      'p.preferred_name',
      'p.date_of_birth',
      'f.display_name',
      sql<boolean>`${visible}`.as('visible'),
      'ask.organisation_name',
      'ask.organisation_phone',
      'ask.organisation_email',
    ])
    .where('p.date_of_birth', 'in', datesOfBirth)
    .limit(200)
    .execute();
}

/**
 * A family this caller started with this idempotency key, if any, and the fingerprint of the request that started it.
 * Two reads, not a join: on Citus the key is on the staff member's shard and the family on its own.
 */
export async function familyByIdempotencyKey(tx: Tx, staffId: string, key: string) {
  const started = await tx
    .selectFrom('family_start_keys')
    .select(['family_id', 'fingerprint'])
    .where('started_by_staff_id', '=', staffId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!started) return undefined;
  const family = await tx
    .selectFrom('families')
    .select(['id', 'display_name'])
    .where('id', '=', started.family_id)
    .executeTakeFirstOrThrow();
  return { id: family.id, display_name: family.display_name, idempotency_fingerprint: started.fingerprint };
}

/**
 * Inserts a new family and makes the caller its first care team member, so that from then on the family is
 * reached through the caller's own scope like any other. The one insert of a family that no scope can check (it
 * does not exist yet). With an idempotency key, the key is written first, in the same transaction, and its primary
 * key decides between retries: a retry waits for the first to commit, inserts nothing and gets `undefined`.
 */
export async function insertFamilyStartedBy(
  tx: Tx,
  v: {
    id: string;
    memberId: string;
    displayName: string;
    staffId: string;
    referredBy: string;
    referralReason: string;
    idempotencyKey: string | null;
    fingerprint: string | null;
    teamRole: CareTeamRole;
    keyWorker: KeyWorkerSide | null;
  },
): Promise<string | undefined> {
  const now = new Date();
  if (v.idempotencyKey !== null) {
    const claimed = await tx
      .insertInto('family_start_keys')
      .values({
        started_by_staff_id: v.staffId,
        idempotency_key: v.idempotencyKey,
        fingerprint: v.fingerprint,
        family_id: v.id,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['started_by_staff_id', 'idempotency_key']).doNothing())
      .returning('family_id')
      .executeTakeFirst();
    if (!claimed) return undefined;
  }
  const inserted = await tx
    .insertInto('families')
    .values({
      id: v.id,
      display_name: v.displayName,
      involvement_level: 'none',
      created_at: now,
      updated_at: now,
      started_by_staff_id: v.staffId,
      referred_by: v.referredBy,
      referral_reason: v.referralReason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!inserted) return undefined;
  // started_at is the transaction's now(), so the caller's scope (started_at <= now()) sees the family at once.
  await tx
    .insertInto('care_team_members')
    .values({
      family_id: v.id,
      id: v.memberId,
      staff_id: v.staffId,
      team_role: v.teamRole,
      key_worker: v.keyWorker,
      added_by_staff_id: v.staffId,
      started_at: sql<Date>`now()`,
    })
    .execute();
  return inserted.id;
}

export type NewPerson = {
  id: string;
  kind: PersonKind;
  full_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  known_to_adult_mental_health: boolean;
  inHome: boolean;
};

/** The family's first household, its people and how they are related, in three statements. */
export async function insertPeople(
  tx: Tx,
  family: VisibleFamily,
  household: { id: string; name: string },
  people: NewPerson[],
  relationships: { id: string; from: string; to: string; kind: 'parent_of' | 'sibling' }[],
  askedNoChildrenBy: string | null,
) {
  await tx.insertInto('households').values({ family_id: family.id, id: household.id, name: household.name }).execute();
  const askedAt = askedNoChildrenBy ? new Date() : null;
  await tx
    .insertInto('people')
    .values(
      people.map((p) => ({
        family_id: family.id,
        id: p.id,
        household_id: p.inHome ? household.id : null,
        kind: p.kind,
        full_name: p.full_name,
        preferred_name: p.preferred_name,
        date_of_birth: p.date_of_birth,
        known_to_adult_mental_health: p.known_to_adult_mental_health,
        // Think family (P6): the worker said they asked each adult and there are no children or dependants.
        dependants_asked_none_by_staff_id: askedNoChildrenBy && p.kind !== 'child' ? askedNoChildrenBy : null,
        dependants_asked_none_at: askedNoChildrenBy && p.kind !== 'child' ? askedAt : null,
      })),
    )
    .execute();
  if (relationships.length === 0) return;
  await tx
    .insertInto('relationships')
    .values(
      relationships.map((r) => ({
        family_id: family.id,
        id: r.id,
        from_person_id: r.from,
        to_person_id: r.to,
        kind: r.kind,
        description: null,
      })),
    )
    .execute();
}
