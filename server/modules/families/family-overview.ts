// Turns the family's rows into the overview both professionals and the family read, adding plain
// explanations and hiding a confidential address from anyone who may not see it.

import type { FamilyOverview } from '../../../shared/contracts/families.ts';
import type { KeptAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { CARE_TEAM_ROLES, KEY_WORKER_SIDES, ORGANISATION_KINDS } from '../../../shared/domain/care-team-roles.ts';
import { INVOLVEMENT_EXPLANATIONS, type InvolvementEvent } from '../../../shared/domain/involvement-levels.ts';
import { isLocale } from '../../../shared/i18n/locales.ts';
import type { Actor } from '../../access/actor.ts';
import { mayChangeTeam } from '../care-teams/index.ts';
import { DEPENDANT_KINDS, type FamilyParts } from './families.repo.ts';

type Parts = FamilyParts;
type FamilyRow = { id: string; display_name: string; involvement_level: FamilyOverview['involvement']['level'] };

export function ageOn(dateOfBirth: string | null, today = new Date()): number | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  if (!y || !m || !d) return null;
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

const RELATIONSHIP_PHRASES: Record<string, (from: string, to: string) => string> = {
  parent_of: (a, b) => `${a} is ${b}'s parent`,
  carer_of: (a, b) => `${a} looks after ${b}`,
  partner: (a, b) => `${a} and ${b} are partners`,
  former_partner: (a, b) => `${a} and ${b} were partners`,
  sibling: (a, b) => `${a} and ${b} are brother or sister`,
  grandparent_of: (a, b) => `${a} is ${b}'s grandparent`,
  friend: (a, b) => `${a} is ${b}'s friend`,
  relative: (a, b) => `${a} and ${b} are related`,
  neighbour: (a, b) => `${a} is ${b}'s neighbour`,
  other: (a, b) => `${a} knows ${b}`,
};

/** A confidential address (a refuge, say) is shown to the care team and to the people who live there only. */
function maySeeConfidentialAddress(viewer: Actor, householdId: string, parts: Parts): boolean {
  if (viewer.kind === 'professional' || viewer.kind === 'system') return true;
  if (viewer.kind === 'parent' || viewer.kind === 'young_person' || viewer.kind === 'other_parent') {
    return parts.people.some((p) => p.id === viewer.personId && p.household_id === householdId);
  }
  return false;
}

/**
 * Adult mental health involvement is the adult's own information (PRODUCT §7: nothing of a parent's own
 * information without her consent). Professionals see it; a family member sees it only about themselves: whether
 * someone is known to adult mental health, the dependants questions that follow from it (P6), and the adult mental
 * health workers on the team (only someone known to adult mental health has them working with them).
 */
function mentalHealthLens(viewer: Actor, parts: Parts) {
  if (viewer.kind === 'professional' || viewer.kind === 'system') return { aboutPerson: () => true, teamShown: () => true };
  const own = viewer.kind === 'anonymous' ? undefined : parts.people.find((p) => p.id === viewer.personId);
  const viewerKnown = own?.known_to_adult_mental_health === true;
  return {
    aboutPerson: (personId: string) => viewer.kind !== 'anonymous' && personId === viewer.personId,
    teamShown: (m: Parts['careTeam'][number]) =>
      viewerKnown || (m.organisation_kind !== 'adult_mental_health' && m.key_worker !== 'adult_mental_health'),
  };
}

/**
 * Professionals' notes about the family (why the involvement level changed, how people are related) are read by
 * professionals and the parent; a young person or a network member is given the facts (levels and their plain
 * explanations, who is related to whom) without the notes, which may name a parent's illness or hospital stays.
 */
/** A closure or reopening keeps the level it had; the history names the event instead, so it is never silent. */
const HISTORY_EVENT_TITLES: Partial<Record<InvolvementEvent, string>> = {
  closed: 'Involvement closed',
  reopened: 'Involvement reopened',
};

/** A note's kept-as-written confirmation, for the care team beside it (never in a family member's view). */
function keptOf(h: Parts['involvement'][number]): KeptAsWritten | null {
  if (!h.kept_reason || !h.kept_at) return null;
  const findings = (typeof h.kept_findings === 'string' ? JSON.parse(h.kept_findings) : (h.kept_findings ?? [])) as { found: string }[];
  return {
    version: 1,
    by: h.kept_by ?? 'Unknown',
    at: new Date(String(h.kept_at)).toISOString(),
    reason: h.kept_reason,
    found: [...new Set(findings.map((f) => f.found))],
  };
}

const readsNotes = (viewer: Actor) => viewer.kind === 'professional' || viewer.kind === 'system' || viewer.kind === 'parent';

export function toFamilyOverview(family: FamilyRow, parts: Parts, viewer: Actor): FamilyOverview {
  const nameOf = new Map(parts.people.map((p) => [p.id, p.preferred_name ?? p.full_name.split(' ')[0] ?? p.full_name]));
  const lens = mentalHealthLens(viewer, parts);
  const notes = readsNotes(viewer);
  const careTeam = parts.careTeam.filter(lens.teamShown).map((m) => {
    const role = CARE_TEAM_ROLES[m.team_role];
    return {
      id: m.id,
      staffId: m.staff_id,
      name: m.full_name,
      jobTitle: m.job_title,
      organisationName: m.organisation_name,
      organisationKind: m.organisation_kind,
      organisationKindLabel: ORGANISATION_KINDS[m.organisation_kind],
      teamRole: m.team_role,
      teamRoleLabel: role.label,
      teamRolePlain: role.plain,
      keyWorker: m.key_worker,
      keyWorkerLabel: m.key_worker ? KEY_WORKER_SIDES[m.key_worker] : null,
      email: m.email,
      phone: m.phone,
      since: new Date(m.started_at).toISOString().slice(0, 10),
    };
  });
  // Paired key workers first, so they are always shown together at the top.
  careTeam.sort((a, b) => Number(b.keyWorker !== null) - Number(a.keyWorker !== null));
  return {
    id: family.id,
    displayName: family.display_name,
    involvement: {
      level: family.involvement_level,
      explanation: INVOLVEMENT_EXPLANATIONS[family.involvement_level],
      history: parts.involvement.map((h) => ({
        event: h.event,
        level: h.level,
        title: HISTORY_EVENT_TITLES[h.event] ?? INVOLVEMENT_EXPLANATIONS[h.level].title,
        startedOn: h.started_on,
        note: notes ? h.note : null,
        ...(viewer.kind === 'professional' ? { keptAsWritten: keptOf(h) } : {}),
      })),
    },
    households: parts.households.map((h) => ({
      id: h.id,
      name: h.name,
      address: h.address_confidential && !maySeeConfidentialAddress(viewer, h.id, parts) ? null : h.address,
      addressConfidential: h.address_confidential,
      version: h.version,
    })),
    people: parts.people.map((p) => {
      // Not theirs to know: shown as not known, with nothing that follows from it.
      const mine = lens.aboutPerson(p.id);
      return {
        id: p.id,
        kind: p.kind,
        fullName: p.full_name,
        preferredName: p.preferred_name,
        dateOfBirth: p.date_of_birth,
        age: ageOn(p.date_of_birth),
        householdId: p.household_id,
        pronouns: p.pronouns,
        knownToAdultMentalHealth: mine && p.known_to_adult_mental_health,
        dependants: mine ? dependantsStatus(p, parts) : 'not_applicable',
        dependantsAskedBy: mine ? (p.dependants_asked_by_name ?? null) : null,
        dependantsAskedAt: mine && p.dependants_asked_none_at ? new Date(p.dependants_asked_none_at).toISOString() : null,
        school: p.school,
        importantPeople: p.important_people,
        preferredLanguage: isLocale(p.preferred_language) ? p.preferred_language : null,
        version: p.version,
      };
    }),
    relationships: parts.relationships.map((r) => ({
      id: r.id,
      fromPersonId: r.from_person_id,
      toPersonId: r.to_person_id,
      kind: r.kind,
      summary:
        (RELATIONSHIP_PHRASES[r.kind] ?? RELATIONSHIP_PHRASES.other)?.(
          nameOf.get(r.from_person_id) ?? 'Someone',
          nameOf.get(r.to_person_id) ?? 'someone',
        ) ?? '',
      description: notes ? r.description : null,
    })),
    careTeam,
    canChangeCareTeam: mayChangeTeam(viewer, parts.careTeam, 'add'),
    childrenNotAskedAbout: parts.people
      .filter((p) => lens.aboutPerson(p.id) && dependantsStatus(p, parts) === 'not_asked')
      .map((p) => ({ personId: p.id, name: p.preferred_name ?? p.full_name })),
  };
}

/** P6: an adult known to adult mental health has their dependants recorded, or "asked, none", or is flagged. */
export function dependantsStatus(p: Parts['people'][number], parts: Parts): 'not_applicable' | 'recorded' | 'asked_none' | 'not_asked' {
  if (!p.known_to_adult_mental_health || (p.kind !== 'parent' && p.kind !== 'other_adult')) return 'not_applicable';
  if (parts.relationships.some((r) => r.from_person_id === p.id && (DEPENDANT_KINDS as readonly string[]).includes(r.kind)))
    return 'recorded';
  return p.dependants_asked_none_at ? 'asked_none' : 'not_asked';
}
