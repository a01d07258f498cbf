// SQL for the family's own accounts: who in the family can sign in, invitations by email or letter, who is a parent of
// which child, the people a parent trusts, ending their access, and the notifications that tell the family and the key workers.
import { sql } from 'kysely';
import { ACCOUNT_TOKEN_PURPOSES, type InvitationDelivery, type InvitedAccountKind } from '../../../shared/domain/accounts.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { cancelOpenTokens } from '../accounts/index.ts';
import { authRepo } from '../auth/index.ts';

/** The family's people with their account, if any, and their latest invitation. */
export async function peopleWithAccounts(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('people as p')
    .leftJoin('accounts as a', (j) => j.onRef('a.family_id', '=', 'p.family_id').onRef('a.person_id', '=', 'p.id'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('family_invitations as i')
          .select(['i.created_at as invited_at', 'i.delivery', 'i.parent_told'])
          .whereRef('i.family_id', '=', 'p.family_id')
          .whereRef('i.person_id', '=', 'p.id')
          .orderBy('i.created_at', 'desc')
          .limit(1)
          .as('i'),
      (j) => j.onTrue(),
    )
    .select([
      'p.id as person_id',
      'p.kind as person_kind',
      'p.full_name',
      'p.preferred_name',
      'p.preferred_language',
      'p.date_of_birth',
      'p.pronouns',
      'a.id as account_id',
      'a.kind as account_kind',
      'a.username',
      'a.email',
      sql<boolean>`a.password_hash IS NOT NULL`.as('has_password'),
      'a.disabled_at',
      'i.invited_at',
      'i.delivery',
      'i.parent_told',
    ])
    .where('p.family_id', '=', family.id)
    .orderBy('p.created_at')
    .execute();
}
export type PersonWithAccount = Awaited<ReturnType<typeof peopleWithAccounts>>[number];

/**
 * Who in the family is recorded as a parent of which child ('parent_of' from the parent to a child), with the child's
 * name, so a parent who lives elsewhere is invited only as the parent of children the team has recorded as his.
 */
export async function childrenOfParents(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('relationships as r')
    .innerJoin('people as c', (j) => j.onRef('c.family_id', '=', 'r.family_id').onRef('c.id', '=', 'r.to_person_id'))
    .select(['r.from_person_id as parent_person_id', 'c.id as child_person_id', 'c.preferred_name', 'c.full_name'])
    .where('r.family_id', '=', family.id)
    .where('r.kind', '=', 'parent_of')
    .where('c.kind', '=', 'child')
    .orderBy('c.date_of_birth')
    .orderBy('c.created_at')
    .execute();
}

/** Key workers and team managers who may invite, and the key workers a parent's choices are told to. */
export async function activeTeam(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['m.id', 'm.staff_id', 'm.key_worker', 's.full_name', 's.role'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .execute();
}

/**
 * A new account for a person in the family, with no password until they accept. The username is made from their
 * name and four digits; a clash with an existing username inserts nothing (undefined), and the caller tries another.
 */
export async function insertFamilyAccount(
  tx: Tx,
  family: VisibleFamily,
  v: { id: string; personId: string; kind: InvitedAccountKind; username: string; email: string | null },
): Promise<boolean> {
  const row = await tx
    .insertInto('accounts')
    .values({
      id: v.id,
      username: v.username,
      password_hash: null,
      email: v.email,
      kind: v.kind,
      staff_id: null,
      family_id: family.id,
      person_id: v.personId,
      totp_secret: null,
    })
    .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function setAccountEmail(tx: Tx, family: VisibleFamily, accountId: string, email: string) {
  await tx.updateTable('accounts').set({ email }).where('id', '=', accountId).where('family_id', '=', family.id).execute();
}

/** A trusted person invited again after the parent ended their access: no old password works until they accept. */
export async function reopenAccount(tx: Tx, family: VisibleFamily, accountId: string, email: string | null) {
  await tx
    .updateTable('accounts')
    .set({ disabled_at: null, password_hash: null, ...(email ? { email } : {}) })
    .where('id', '=', accountId)
    .where('family_id', '=', family.id)
    .execute();
}

export async function insertInvitation(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    personId: string;
    accountId: string;
    accountKind: InvitedAccountKind;
    delivery: InvitationDelivery;
    byStaffId: string | null;
    byAccountId: string | null;
    parentTold: boolean;
    notTellingReason: string | null;
  },
) {
  await tx
    .insertInto('family_invitations')
    .values({
      family_id: family.id,
      id: v.id,
      person_id: v.personId,
      account_id: v.accountId,
      account_kind: v.accountKind,
      delivery: v.delivery,
      invited_by_staff_id: v.byStaffId,
      invited_by_account_id: v.byAccountId,
      parent_told: v.parentTold,
      not_telling_reason: v.notTellingReason,
    })
    .execute();
}

/** Ends a trusted person's access at once: the account is disabled, its sessions end and its open tokens are cancelled. */
export async function endAccountAccess(tx: Tx, family: VisibleFamily, accountId: string): Promise<number> {
  await tx
    .updateTable('accounts')
    .set({ disabled_at: sql`now()` })
    .where('id', '=', accountId)
    .where('family_id', '=', family.id)
    .execute();
  await cancelOpenTokens(tx, accountId, [...ACCOUNT_TOKEN_PURPOSES], 'access_ended');
  return authRepo.endAccountSessions(tx, accountId, null, 'access_ended_by_parent');
}

export async function insertTrustedPerson(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    fullName: string;
    relationshipId: string;
    parentPersonId: string;
    relationship: 'friend' | 'relative' | 'neighbour' | 'other';
  },
) {
  await tx
    .insertInto('people')
    .values({ family_id: family.id, id: v.id, household_id: null, kind: 'network_member', full_name: v.fullName, preferred_name: null })
    .execute();
  await tx
    .insertInto('relationships')
    .values({
      family_id: family.id,
      id: v.relationshipId,
      from_person_id: v.id,
      to_person_id: v.parentPersonId,
      kind: v.relationship,
      description: null,
    })
    .execute();
}

/** Young people invited without their parent being told, waiting for the information governance lead. */
export async function invitationsToReview(tx: Tx) {
  return tx
    .selectFrom('family_invitations as i')
    .innerJoin('families as f', 'f.id', 'i.family_id')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'i.family_id').onRef('p.id', '=', 'i.person_id'))
    .innerJoin('staff as s', 's.id', 'i.invited_by_staff_id')
    .select(['i.id', 'i.family_id', 'f.display_name', 'p.full_name', 's.full_name as invited_by', 'i.not_telling_reason', 'i.created_at'])
    .where('i.parent_told', '=', false)
    .where('i.reviewed_at', 'is', null)
    .orderBy('i.created_at')
    .limit(200)
    .execute();
}

export async function markInvitationReviewed(tx: Tx, family: VisibleFamily, invitationId: string, staffId: string, note: string) {
  const row = await tx
    .updateTable('family_invitations')
    .set({ reviewed_at: sql`now()`, reviewed_by_staff_id: staffId, review_note: note })
    .where('family_id', '=', family.id)
    .where('id', '=', invitationId)
    .where('parent_told', '=', false)
    .where('reviewed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The family's key workers now, with what the family is told about them. */
export async function keyWorkers(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['m.staff_id', 'm.key_worker', 's.full_name as name', 's.job_title', 'o.name as organisation_name'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where('m.key_worker', 'is not', null)
    .execute();
}

/** Who was the family's key worker on this side before, if anyone (the one who left most recently). */
export async function previousKeyWorker(tx: Tx, family: VisibleFamily, side: 'adult_mental_health' | 'childrens_services') {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['s.full_name as name'])
    .where('m.family_id', '=', family.id)
    .where('m.key_worker', '=', side)
    .where('m.ended_at', 'is not', null)
    .orderBy('m.ended_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The language a worker chose for a person's sign-in letter, kept as theirs (issue 16 §3): one person of this family. */
export async function setPreferredLanguage(tx: Tx, family: VisibleFamily, personId: string, language: string): Promise<void> {
  await tx
    .updateTable('people')
    // A new version: a worker's person form opened before this change gets a 409, not a save over the person's choice.
    .set((eb) => ({ preferred_language: language, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', personId)
    .execute();
}
