// Use cases that change a family: people, relationships, households, "asked, no dependants",
// involvement level, and each child's own page. Professionals on the care team only.

import type { z } from 'zod';
import type {
  ChildPage,
  DependantsAskedRequest,
  HouseholdInput,
  InvolvementChangeRequest,
  PersonInput,
  RelationshipInput,
  UpdateHouseholdRequest,
  UpdatePersonRequest,
} from '../../../shared/contracts/family-edits.ts';
import { involvementChangedMessage } from '../../../shared/domain/family-words.ts';
import type { InvolvementLevel } from '../../../shared/domain/involvement-levels.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import type { FamilyRow, VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { keyWorkers } from '../family-accounts/index.ts';
import { managerHearsOfLevelChange, managerNotice, notifyFamily, notifyTeamManagers, parentAccounts } from '../notifications/index.ts';
import { checkWords, recordKeptAsWritten, type WordsCheck } from '../words/index.ts';
import * as repo from './families.repo.ts';
import * as edits from './family-edits.repo.ts';
import { ageOn } from './family-overview.ts';

type Saved = { id: string; version: number };

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

function personValues(input: z.output<typeof PersonInput>): edits.PersonValues {
  return {
    kind: input.kind,
    full_name: input.fullName,
    preferred_name: input.preferredName ?? null,
    date_of_birth: input.dateOfBirth ?? null,
    pronouns: input.pronouns ?? null,
    household_id: input.householdId ?? null,
    known_to_adult_mental_health: input.knownToAdultMentalHealth,
    school: input.school ?? null,
    important_people: input.importantPeople ?? null,
    // Left out of the request: kept as it is (they may have chosen it themselves on their own pages).
    ...(input.preferredLanguage !== undefined ? { preferred_language: input.preferredLanguage } : {}),
  };
}

async function checkHousehold(
  tx: Parameters<typeof edits.householdExists>[0],
  family: VisibleFamily,
  householdId: string | null | undefined,
) {
  if (householdId && !(await edits.householdExists(tx, family, householdId))) {
    throw badRequest('Choose one of this family’s households.', { householdId: 'Choose one of this family’s households' });
  }
}

export function addPerson(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof PersonInput>): Promise<Saved> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'person.added', async (tx, family) => {
    await checkHousehold(tx, family, input.householdId);
    const id = newId();
    await edits.insertPerson(tx, family, id, personValues(input));
    return { result: { id, version: 1 }, audit: { subjectType: 'person', subjectId: id } };
  });
}

export function updatePerson(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  personId: string,
  input: z.output<typeof UpdatePersonRequest>,
): Promise<Saved> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'person.updated', async (tx, family) => {
    if (!isUuid(personId)) return null;
    const current = await edits.findPerson(tx, family, personId);
    if (!current) return null;
    await checkHousehold(tx, family, input.householdId);
    const version = await edits.updatePerson(tx, family, personId, input.version, personValues(input));
    if (version === undefined) {
      throw await staleSave(async () => {
        const now = await edits.findPerson(tx, family, personId);
        return (
          now && {
            id: now.id,
            version: now.version,
            kind: now.kind,
            fullName: now.full_name,
            preferredName: now.preferred_name,
            dateOfBirth: now.date_of_birth,
            pronouns: now.pronouns,
            householdId: now.household_id,
            knownToAdultMentalHealth: now.known_to_adult_mental_health,
            school: now.school,
            importantPeople: now.important_people,
            preferredLanguage: now.preferred_language,
          }
        );
      }, 'Someone else changed this person’s details while you were editing. Their version is shown; your changes are kept.');
    }
    return { result: { id: personId, version }, audit: { subjectType: 'person', subjectId: personId } };
  });
}

export function addRelationship(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof RelationshipInput>,
): Promise<Saved> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'relationship.added', async (tx, family) => {
    const [from, to] = await Promise.all([
      edits.findPerson(tx, family, input.fromPersonId),
      edits.findPerson(tx, family, input.toPersonId),
    ]);
    if (!from || !to) throw badRequest('Choose two people from this family.', { toPersonId: 'Choose two people from this family' });
    if (from.id === to.id) throw badRequest('A relationship needs two different people.', { toPersonId: 'Choose a different person' });
    const id = newId();
    await edits.insertRelationship(tx, family, id, {
      from_person_id: from.id,
      to_person_id: to.id,
      kind: input.kind,
      description: input.description ?? null,
    });
    return { result: { id, version: 1 }, audit: { subjectType: 'relationship', subjectId: id, details: { kind: input.kind } } };
  });
}

export function removeRelationship(deps: FamilyDeps, ctx: RequestContext, familyId: string, relationshipId: string): Promise<void> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'relationship.removed', async (tx, family) => {
    if (!isUuid(relationshipId) || !(await edits.deleteRelationship(tx, family, relationshipId))) return null;
    return { result: undefined, audit: { subjectType: 'relationship', subjectId: relationshipId } };
  });
}

export function addHousehold(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof HouseholdInput>,
): Promise<Saved> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'household.added', async (tx, family) => {
    const id = newId();
    await edits.insertHousehold(tx, family, id, {
      name: input.name,
      address: input.address ?? null,
      address_confidential: input.addressConfidential,
    });
    return {
      result: { id, version: 1 },
      audit: { subjectType: 'household', subjectId: id, details: { confidential: input.addressConfidential } },
    };
  });
}

export function updateHousehold(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  householdId: string,
  input: z.output<typeof UpdateHouseholdRequest>,
): Promise<Saved> {
  professional(ctx);
  return withFamily(deps, ctx, familyId, 'household.updated', async (tx, family) => {
    if (!isUuid(householdId)) return null;
    const current = await edits.findHousehold(tx, family, householdId);
    if (!current) return null;
    const version = await edits.updateHousehold(tx, family, householdId, input.version, {
      name: input.name,
      address: input.address ?? null,
      address_confidential: input.addressConfidential,
    });
    if (version === undefined) {
      throw await staleSave(async () => {
        const now = await edits.findHousehold(tx, family, householdId);
        return (
          now && { id: now.id, version: now.version, name: now.name, address: now.address, addressConfidential: now.address_confidential }
        );
      }, 'Someone else changed this household while you were editing. Their version is shown; your changes are kept.');
    }
    return { result: { id: householdId, version }, audit: { subjectType: 'household', subjectId: householdId } };
  });
}

export function recordDependantsAskedNone(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof DependantsAskedRequest>,
): Promise<void> {
  const actor = professional(ctx);
  return withFamily(deps, ctx, familyId, 'dependants.asked_none', async (tx, family) => {
    const person = await edits.findPerson(tx, family, input.personId);
    if (!person || (person.kind !== 'parent' && person.kind !== 'other_adult')) {
      throw badRequest('Choose an adult in this family.', { personId: 'Choose an adult in this family' });
    }
    await edits.recordAskedNone(tx, family, person.id, actor.staffId);
    return { result: undefined, audit: { subjectType: 'person', subjectId: person.id } };
  });
}

export function changeInvolvement(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof InvolvementChangeRequest>,
): Promise<void> {
  const actor = professional(ctx);
  // The parent reads the note beside the level (issue 16 §1): checked before anything is saved.
  const words = checkWords({ note: input.note }, input.keepAsWritten);
  return withFamily(deps, ctx, familyId, 'involvement.changed', async (tx, family) => {
    await recordInvolvementChange(tx, family, actor, { level: input.level, startedOn: input.startedOn, note: input.note ?? null, words });
    return { result: undefined, audit: { details: { from: family.involvement_level, to: input.level } } };
  });
}

/**
 * The one path a family's involvement level changes by, in the caller's transaction (the route above, and a meeting's
 * decision: modules/meetings): the history row, the family's level, the note's words kept as written, and the parent told
 * what it means. `words` is the respectful-language check of the note, already run by the caller. `family` is the row read
 * before this change (its level is the one changed from).
 */
export async function recordInvolvementChange(
  tx: Tx,
  family: FamilyRow & VisibleFamily,
  actor: ProfessionalActor,
  change: { level: InvolvementLevel; startedOn: string; note: string | null; words: WordsCheck },
): Promise<void> {
  const historyId = newId();
  await edits.changeInvolvement(tx, family, historyId, {
    level: change.level,
    started_on: change.startedOn,
    note: change.note,
    staffId: actor.staffId,
  });
  await recordKeptAsWritten(tx, family, actor, { kind: 'involvement_note', id: historyId, version: 1 }, change.words);
  // No change to the family's situation happens silently (PRODUCT §7): the parent reads what it means, what
  // happens next, whom to talk to and that she can add her view.
  if (family.involvement_level !== change.level) {
    const workers = await keyWorkers(tx, family);
    const worker = workers.find((w) => w.key_worker === 'childrens_services') ?? workers[0];
    const message = involvementChangedMessage(
      family.involvement_level,
      change.level,
      worker ? { name: worker.name, organisationName: worker.organisation_name } : null,
    );
    await notifyFamily(tx, family, 'involvement_changed', { accountIds: await parentAccounts(tx, family) }, message, newId);
    // Child protection or higher: the team managers are told at once (issue 18 §4), not the one who made the change.
    if (managerHearsOfLevelChange(family.involvement_level, change.level))
      await notifyTeamManagers(tx, family, 'manager_child_protection', managerNotice.childProtection(change.level), {
        dedupeKey: `manager-involvement:${historyId}`,
        exceptStaffId: actor.staffId,
      });
  }
}

/** Each child's own page (P6): school, who they live with, who matters to them. */
export function getChildPage(deps: FamilyDeps, ctx: RequestContext, familyId: string, personId: string): Promise<ChildPage> {
  if (ctx.actor.kind === 'network_member') throw forbidden('Only the family and its care team can open a child’s page.');
  return readFamily(deps, ctx, familyId, 'child.viewed', async (tx, family) => {
    if (!isUuid(personId)) return null;
    const parts = await repo.loadFamilyParts(tx, ctx.scope, family);
    const child = parts.people.find((p) => p.id === personId && p.kind === 'child');
    if (!child) return null;
    // A parent who lives elsewhere opens his own children's pages (access/actor.ts), and no other child's.
    if (ctx.actor.kind === 'other_parent' && !ctx.actor.childPersonIds.includes(child.id)) return null;
    const nameOf = (id: string) => {
      const p = parts.people.find((x) => x.id === id);
      return p ? (p.preferred_name ?? p.full_name) : 'someone';
    };
    const household = parts.households.find((h) => h.id === child.household_id) ?? null;
    const livesWith = parts.people
      .filter((p) => p.id !== child.id && p.household_id && p.household_id === child.household_id)
      .map((p) => p.preferred_name ?? p.full_name);
    const own = parts.relationships.filter((r) => r.from_person_id === child.id || r.to_person_id === child.id);
    const relatives = own.map((r) => ({ name: nameOf(r.from_person_id === child.id ? r.to_person_id : r.from_person_id), kind: r.kind }));
    const relationships = own.map((r) => {
      const other = nameOf(r.from_person_id === child.id ? r.to_person_id : r.from_person_id);
      return r.kind === 'parent_of'
        ? `${other} is ${child.preferred_name ?? child.full_name}'s parent`
        : r.kind === 'sibling'
          ? `${other} is their brother or sister`
          : `${other}: ${r.kind.replaceAll('_', ' ')}`;
    });
    return {
      result: {
        personId: child.id,
        familyId: family.id,
        name: child.preferred_name ?? child.full_name,
        fullName: child.full_name,
        age: ageOn(child.date_of_birth),
        pronouns: child.pronouns,
        school: child.school,
        livesWith,
        householdName: household?.name ?? null,
        importantPeople: child.important_people,
        relationships,
        relatives,
        version: child.version,
      },
      audit: { subjectType: 'person', subjectId: child.id },
    };
  });
}
