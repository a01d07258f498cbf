// Invitations into the family's record (issue 13 §5, §6): the team invites parents, young people (12 and over) and a
// parent who lives elsewhere (as the children's other parent) by email or a printed sign-in letter; the parent, and
// only the parent, invites the people she trusts and ends their access. Every step is audited and tells whoever should know.

import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type {
  FamilyAccounts,
  InviteRequest,
  InviteResult,
  InviteTrustedRequest,
  TrustedPeople,
} from '../../../shared/contracts/family-accounts.ts';
import type { InvitationDelivery, InvitedAccountKind } from '../../../shared/domain/accounts.ts';
import {
  networkMemberInvitedMessage,
  networkMemberRemovedMessage,
  otherParentInvitedMessage,
  signInLetterMessage,
  youngPersonInvitedMessage,
} from '../../../shared/domain/family-words.ts';
import { isLocale, type Locale } from '../../../shared/i18n/locales.ts';
import type { FamilyMemberActor, ProfessionalActor } from '../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import { systemFamily, type VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, forbidden, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { queueMail } from '../../mail/index.ts';
import { formatForLetter, issueAccountToken } from '../accounts/index.ts';
import { notifyFamily, parentAccounts } from '../notifications/index.ts';
import { endSharesWithPerson } from '../plans/index.ts';
import { ageOn, type OtherParentFacts, teamInvitableKinds, teamInvitesAs, teamMayInvite } from './family-accounts.policy.ts';
import * as repo from './family-accounts.repo.ts';

const nameOf = (p: { preferred_name: string | null; full_name: string }) => p.preferred_name ?? p.full_name;

function statusOf(p: repo.PersonWithAccount): 'none' | 'invited' | 'active' | 'ended' {
  if (!p.account_id) return 'none';
  if (p.disabled_at) return 'ended';
  return p.has_password ? 'active' : 'invited';
}

/** "dawn-4821": the person's first name in plain letters and four digits; they are told it on the welcome page. */
function usernameFor(p: { preferred_name: string | null; full_name: string }): string {
  const first =
    nameOf(p)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/\s+/)[0]
      ?.replace(/[^a-z]/g, '')
      .slice(0, 20) || 'member';
  return `${first}-${randomInt(1000, 10000)}`;
}

async function newAccount(tx: Tx, family: VisibleFamily, person: repo.PersonWithAccount, kind: InvitedAccountKind, email: string | null) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const id = newId();
    const username = usernameFor(person);
    if (await repo.insertFamilyAccount(tx, family, { id, personId: person.person_id, kind, username, email })) return { id, username };
  }
  throw new Error('Could not find a free username after 8 tries');
}

/**
 * A token for the account, sent by email (the message says only that there is something for them in Umbrella, and
 * the link) or returned once for the printed letter. An account that can already sign in gets a sign-in letter.
 */
async function deliver(
  tx: Tx,
  account: { id: string; username: string; name: string },
  delivery: InvitationDelivery,
  email: string | null,
  createdByStaffId: string | null,
  language: Locale = 'en',
): Promise<InviteResult['letter']> {
  const purpose = delivery === 'email' ? 'invitation' : 'sign_in_letter';
  const token = await issueAccountToken(tx, { accountId: account.id, purpose, createdByStaffId });
  if (delivery === 'email') {
    await queueMail(tx, { to: email ?? '', kind: 'invitation', path: token.path, accountId: account.id });
    return null;
  }
  return {
    name: account.name,
    username: account.username,
    code: formatForLetter(token.token),
    path: token.path,
    expiresAt: token.expiresAt.toISOString(),
    language,
  };
}

/** The language a letter is printed in: the one the worker chose (kept as the person's own), else theirs, else English. */
async function letterLanguage(
  tx: Tx,
  family: VisibleFamily,
  person: { person_id: string; preferred_language: string | null },
  chosen: Locale | undefined,
): Promise<Locale> {
  if (chosen) {
    if (chosen !== person.preferred_language) await repo.setPreferredLanguage(tx, family, person.person_id, chosen);
    return chosen;
  }
  return isLocale(person.preferred_language) ? person.preferred_language : 'en';
}

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

function parent(ctx: RequestContext): FamilyMemberActor {
  if (ctx.actor.kind !== 'parent') throw forbidden('Only a parent can choose the people they trust.');
  return ctx.actor;
}

/** Who each person is a parent of, and whether the family has the parent the record is about with a sign-in. */
async function parentFacts(tx: Tx, family: VisibleFamily, people: readonly repo.PersonWithAccount[]) {
  const children = await repo.childrenOfParents(tx, family);
  return (p: repo.PersonWithAccount): OtherParentFacts => ({
    childNames: children.filter((c) => c.parent_person_id === p.person_id).map(nameOf),
    recordHasParent: people.some((o) => o.person_id !== p.person_id && o.account_kind === 'parent' && !o.disabled_at),
  });
}

/** A refusal by the team rule: answered 403 and audited as a denial once the change's transaction has rolled back. */
class InviteRefused extends Error {
  constructor(readonly error: HttpError) {
    super(error.message);
  }
}

export function listFamilyAccounts(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<FamilyAccounts> {
  const actor = professional(ctx);
  return readFamily(deps, ctx, familyId, 'family_accounts.listed', async (tx, family) => {
    const [people, team] = await Promise.all([repo.peopleWithAccounts(tx, family), repo.activeTeam(tx, family)]);
    const factsOf = await parentFacts(tx, family, people);
    return {
      result: {
        canInvite: teamMayInvite(actor, team),
        people: people.map((p) => {
          const facts = factsOf(p);
          const invitableAs = teamInvitableKinds(p, facts);
          const usual = teamInvitesAs(p, undefined, facts);
          return {
            personId: p.person_id,
            name: p.full_name,
            kind: p.person_kind,
            age: ageOn(p.date_of_birth),
            status: statusOf(p),
            username: p.username,
            invitable: invitableAs.length > 0,
            invitableAs,
            parentOf: [...facts.childNames],
            whyNot: invitableAs.length > 0 ? null : usual.ok ? null : usual.message,
            lastInvitedAt: p.invited_at ? new Date(p.invited_at).toISOString() : null,
            lastDelivery: p.delivery,
          };
        }),
      },
    };
  });
}

export async function inviteFamilyMember(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof InviteRequest>,
): Promise<InviteResult> {
  const actor = professional(ctx);
  try {
    return await withFamily(deps, ctx, familyId, 'family_member.invited', async (tx, family) => {
      const team = await repo.activeTeam(tx, family);
      if (!teamMayInvite(actor, team)) {
        const ask = team.filter((m) => m.key_worker !== null || m.role === 'team_manager').map((m) => m.full_name);
        throw new InviteRefused(
          forbidden(`Only the family’s key workers and team managers invite the family.${ask.length ? ` Ask ${ask.join(' or ')}.` : ''}`),
        );
      }
      const people = await repo.peopleWithAccounts(tx, family);
      const person = people.find((p) => p.person_id === input.personId);
      if (!person) return null;
      const facts = (await parentFacts(tx, family, people))(person);
      const invitable = teamInvitesAs(person, input.accountKind, facts);
      if (!invitable.ok) {
        const field = invitable.field ?? (input.accountKind ? 'accountKind' : 'personId');
        throw invitable.conflict ? conflict(invitable.message) : badRequest(invitable.message, { [field]: invitable.message });
      }
      const notTelling = input.notTellingParentReason?.trim() || null;
      if (notTelling && invitable.accountKind !== 'young_person') {
        throw badRequest('A reason for not telling the parent is only for a young person’s invitation.', {
          notTellingParentReason: 'Leave this empty when inviting a parent',
        });
      }
      const status = statusOf(person);
      if (status === 'ended') {
        throw conflict(`${nameOf(person)}’s sign-in was closed. Ask an administrator to open it again.`);
      }
      if (status === 'active' && input.delivery === 'email') {
        throw badRequest(
          `${nameOf(person)} can already sign in. If they have forgotten their password, they can use “Forgotten your password?” on the sign-in page, or you can print them a new sign-in letter.`,
          { delivery: 'Print a sign-in letter instead' },
        );
      }
      const email = input.email ?? null;
      let account: { id: string; username: string };
      if (person.account_id && person.username) {
        account = { id: person.account_id, username: person.username };
        if (email) await repo.setAccountEmail(tx, family, account.id, email);
      } else {
        account = await newAccount(tx, family, person, invitable.accountKind, email);
      }
      const language = input.delivery === 'letter' ? await letterLanguage(tx, family, person, input.language) : undefined;
      const letter = await deliver(tx, { ...account, name: person.full_name }, input.delivery, email, actor.staffId, language);
      const parentTold = notTelling === null;
      await repo.insertInvitation(tx, family, {
        id: newId(),
        personId: person.person_id,
        accountId: account.id,
        accountKind: invitable.accountKind,
        delivery: input.delivery,
        byStaffId: actor.staffId,
        byAccountId: null,
        parentTold,
        notTellingReason: notTelling,
      });
      // Whoever holds an account that can already sign in is told a new letter was printed: it may not be theirs.
      if (status === 'active') {
        await notifyFamily(tx, family, 'sign_in_letter_issued', { accountIds: [account.id] }, signInLetterMessage(actor.name), newId);
      }
      // The parent the record is about is told when the children's other parent is invited, in words naming him by
      // the children (issue 13 §6): what he will see, and that her own information stays hers.
      if (invitable.accountKind === 'other_parent' && status === 'none') {
        await notifyFamily(
          tx,
          family,
          'other_parent_invited',
          { accountIds: await parentAccounts(tx, family) },
          otherParentInvitedMessage(actor.name, { name: nameOf(person), pronouns: person.pronouns }, facts.childNames),
          newId,
        );
      }
      if (invitable.accountKind === 'young_person' && parentTold && status === 'none') {
        const parents = await parentAccounts(tx, family);
        await notifyFamily(
          tx,
          family,
          'young_person_invited',
          { accountIds: parents },
          youngPersonInvitedMessage(nameOf(person), actor.name),
          newId,
        );
      }
      return {
        result: { accountKind: invitable.accountKind, delivery: input.delivery, username: account.username, parentTold, letter },
        audit: {
          subjectType: 'person',
          subjectId: person.person_id,
          details: { accountKind: invitable.accountKind, delivery: input.delivery, parentTold, existingAccount: status !== 'none' },
        },
      };
    });
  } catch (error) {
    if (!(error instanceof InviteRefused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      familyId,
      subjectType: 'person',
      subjectId: input.personId,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: 'family_member.invited', reason: 'not_key_worker_or_team_manager' },
    });
    throw error.error;
  }
}

export function listTrustedPeople(deps: FamilyDeps, ctx: RequestContext): Promise<TrustedPeople> {
  const actor = parent(ctx);
  return readFamily(deps, ctx, actor.familyId, 'trusted_people.listed', async (tx, family) => {
    const people = (await repo.peopleWithAccounts(tx, family)).filter(
      (p) => p.person_kind === 'network_member' || p.account_kind === 'network_member',
    );
    return {
      result: {
        people: people.map((p) => ({
          personId: p.person_id,
          name: p.full_name,
          relationship: null,
          status: statusOf(p),
          lastInvitedAt: p.invited_at ? new Date(p.invited_at).toISOString() : null,
        })),
      },
      audit: { details: { count: people.length } },
    };
  });
}

const keyWorkerIds = (team: Awaited<ReturnType<typeof repo.activeTeam>>) =>
  team.filter((m) => m.key_worker !== null).map((m) => m.staff_id);

export function inviteTrustedPerson(
  deps: FamilyDeps,
  ctx: RequestContext,
  input: z.output<typeof InviteTrustedRequest>,
): Promise<InviteResult> {
  const actor = parent(ctx);
  return withFamily(deps, ctx, actor.familyId, 'network_member.invited', async (tx, family) => {
    const people = await repo.peopleWithAccounts(tx, family);
    let person: repo.PersonWithAccount | undefined;
    if (input.personId) {
      person = people.find((p) => p.person_id === input.personId);
      if (!person) return null;
      if (person.person_kind !== 'network_member' && person.person_kind !== 'other_adult') {
        throw badRequest('Choose a friend or relative here. Your key worker invites parents and young people.', {
          personId: 'Choose a friend or relative',
        });
      }
    } else {
      const id = newId();
      await repo.insertTrustedPerson(tx, family, {
        id,
        fullName: input.fullName ?? '',
        relationshipId: newId(),
        parentPersonId: actor.personId,
        relationship: input.relationship,
      });
      person = (await repo.peopleWithAccounts(tx, family)).find((p) => p.person_id === id);
      if (!person) throw new Error('A person just added was not found');
    }
    const status = statusOf(person);
    if (status === 'active') {
      throw conflict(`${nameOf(person)} can already sign in to Umbrella. You can end their access on this page.`);
    }
    const email = input.email ?? null;
    let account: { id: string; username: string };
    if (person.account_id && person.username) {
      account = { id: person.account_id, username: person.username };
      // Invited again after their access ended: no old password works until they accept the new invitation.
      if (status === 'ended') await repo.reopenAccount(tx, family, account.id, email);
      else if (email) await repo.setAccountEmail(tx, family, account.id, email);
    } else {
      account = await newAccount(tx, family, person, 'network_member', email);
    }
    const letter = await deliver(
      tx,
      { ...account, name: person.full_name },
      input.delivery,
      email,
      null,
      await letterLanguage(tx, family, person, undefined),
    );
    await repo.insertInvitation(tx, family, {
      id: newId(),
      personId: person.person_id,
      accountId: account.id,
      accountKind: 'network_member',
      delivery: input.delivery,
      byStaffId: null,
      byAccountId: actor.accountId,
      parentTold: true,
      notTellingReason: null,
    });
    const team = await repo.activeTeam(tx, family);
    await notifyFamily(
      tx,
      family,
      'network_member_invited',
      { staffIds: keyWorkerIds(team) },
      networkMemberInvitedMessage(actor.name, person.full_name),
      newId,
    );
    return {
      result: { accountKind: 'network_member' as const, delivery: input.delivery, username: account.username, parentTold: true, letter },
      audit: { subjectType: 'person', subjectId: person.person_id, details: { delivery: input.delivery } },
    };
  });
}

export function endTrustedAccess(deps: FamilyDeps, ctx: RequestContext, personId: string): Promise<void> {
  const actor = parent(ctx);
  return withFamily(deps, ctx, actor.familyId, 'network_member.access_ended', async (tx, family) => {
    if (!isUuid(personId)) return null;
    const person = (await repo.peopleWithAccounts(tx, family)).find((p) => p.person_id === personId);
    if (!person?.account_id || person.account_kind !== 'network_member' || person.disabled_at) return null;
    const sessionsEnded = await repo.endAccountAccess(tx, family, person.account_id);
    const sharesEnded = await endSharesWithPerson(tx, family, person.person_id, actor.accountId);
    const team = await repo.activeTeam(tx, family);
    await notifyFamily(
      tx,
      family,
      'network_member_removed',
      { staffIds: keyWorkerIds(team) },
      networkMemberRemovedMessage(actor.name, person.full_name),
      newId,
    );
    return { result: undefined, audit: { subjectType: 'person', subjectId: person.person_id, details: { sessionsEnded, sharesEnded } } };
  });
}

/** The information governance lead records their review of a young person invited without the parent being told. */
export async function reviewInvitation(deps: FamilyDeps, ctx: RequestContext, familyId: string, invitationId: string, note: string) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional' || actor.role !== 'information_governance_lead') {
    throw forbidden('This is for information governance leads.');
  }
  const done = await deps.db.transaction().execute(async (tx) => {
    if (!isUuid(familyId) || !isUuid(invitationId)) return false;
    // The lead reviews invitations of any family, as they review safeguarding overrides: not through a care team.
    const family = systemFamily('young person invitation review by governance', familyId);
    const marked = await repo.markInvitationReviewed(tx, family, invitationId, actor.staffId, note);
    if (marked) {
      await deps.audit.record(tx, {
        action: 'young_person_invitation.reviewed',
        outcome: 'allowed',
        actor,
        familyId,
        subjectType: 'family_invitation',
        subjectId: invitationId,
        requestId: ctx.requestId,
        ip: ctx.ip,
      });
    }
    return marked;
  });
  if (!done) throw new HttpError(404, 'not_found', 'This invitation is not waiting for a review. It may have been reviewed already.');
}
