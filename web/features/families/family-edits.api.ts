// Writes that change a family: people, relationships, households, dependants asked, involvement and the care team.

import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import type { KeyWorkerSide } from '../../../shared/domain/care-team-roles.ts';
import { apiDelete, apiPost, apiPut } from '../../api/client.ts';
import type { PersonFields, Saved } from '../../api/types.ts';

const family = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;
const part = (id: string) => encodeURIComponent(id);

export type HouseholdFields = { name: string; address: string | null; addressConfidential: boolean };
export type RelationshipFields = { fromPersonId: string; toPersonId: string; kind: string; description: string | null };
/** `keepAsWritten`: the note's words kept after the respectful-language check asked about them (issue 16 §1). */
export type InvolvementFields = { level: string; startedOn: string; note: string | null; keepAsWritten?: KeepAsWritten };
export type CareTeamFields = { staffId: string; teamRole: string; keyWorker: KeyWorkerSide | null };

export const addPerson = (familyId: string, body: PersonFields) => apiPost<Saved>(`${family(familyId)}/people`, body);

export const updatePerson = (familyId: string, personId: string, body: PersonFields & { version: number }) =>
  apiPut<Saved>(`${family(familyId)}/people/${part(personId)}`, body);

export const addRelationship = (familyId: string, body: RelationshipFields) => apiPost<Saved>(`${family(familyId)}/relationships`, body);

export const removeRelationship = (familyId: string, relationshipId: string) =>
  apiDelete(`${family(familyId)}/relationships/${part(relationshipId)}`);

export const addHousehold = (familyId: string, body: HouseholdFields) => apiPost<Saved>(`${family(familyId)}/households`, body);

export const updateHousehold = (familyId: string, householdId: string, body: HouseholdFields & { version: number }) =>
  apiPut<Saved>(`${family(familyId)}/households/${part(householdId)}`, body);

export const recordAskedNoDependants = (familyId: string, personId: string) =>
  apiPost<void>(`${family(familyId)}/dependants-asked`, { personId, outcome: 'asked_none' });

export const changeInvolvement = (familyId: string, body: InvolvementFields) => apiPost<void>(`${family(familyId)}/involvement`, body);

export const addCareTeamMember = (familyId: string, body: CareTeamFields) => apiPost<Saved>(`${family(familyId)}/care-team`, body);

export const endCareTeamMembership = (familyId: string, memberId: string, reason: string) =>
  apiPost<void>(`${family(familyId)}/care-team/${part(memberId)}/end`, { reason });
