// Contracts for changing a family: people, relationships, households, dependants asked, involvement
// level, and the care team.
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS, KEY_WORKER_SIDE_KEYS, ORGANISATION_KIND_KEYS } from '../domain/care-team-roles.ts';
import { INVOLVEMENT_LEVELS } from '../domain/involvement-levels.ts';
import { PERSON_KINDS, RELATIONSHIP_KINDS } from '../domain/people.ts';
import { LOCALES } from '../i18n/locales.ts';
import { CalendarDate, Version } from './common.ts';
import { KeepAsWritten } from './respectful-words.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PersonKind = z.enum(PERSON_KINDS);
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);

export const PersonInput = z.object({
  kind: PersonKind,
  fullName: z.string().trim().min(1, 'Enter the person’s name').max(200),
  preferredName: optionalText(100),
  dateOfBirth: CalendarDate.nullable().optional(),
  pronouns: optionalText(50),
  householdId: z.uuid().nullable().optional(),
  knownToAdultMentalHealth: z.boolean().default(false),
  school: optionalText(200),
  importantPeople: optionalText(2000),
  /** The language they prefer (issue 16 §3): the family's pages, letters and printed plans use it. Optional. */
  preferredLanguage: z.enum(LOCALES, { error: 'Choose a language from the list' }).nullable().optional(),
});
export type PersonInput = z.input<typeof PersonInput>;
export const UpdatePersonRequest = PersonInput.extend({ version: Version });

export const RelationshipInput = z.object({
  fromPersonId: z.uuid(),
  toPersonId: z.uuid(),
  kind: RelationshipKind,
  description: optionalText(500),
});

export const HouseholdInput = z.object({
  name: z.string().trim().min(1, 'Give the household a name, such as “Marie’s home”').max(200),
  address: optionalText(500),
  addressConfidential: z.boolean().default(false),
});
export const UpdateHouseholdRequest = HouseholdInput.extend({ version: Version });

export const DependantsAskedRequest = z.object({
  personId: z.uuid(),
  /** 'asked_none': they were asked and have no children or other dependants. */
  outcome: z.literal('asked_none'),
});

/** The note is read by the parent, so it is checked (issue 16 §1): words to check need `keepAsWritten` with a reason. */
export const InvolvementChangeRequest = z.object({
  level: z.enum(INVOLVEMENT_LEVELS),
  startedOn: CalendarDate,
  note: optionalText(2000),
  keepAsWritten: KeepAsWritten,
});

export const AddCareTeamMemberRequest = z.object({
  staffId: z.uuid(),
  teamRole: z.enum(CARE_TEAM_ROLE_KEYS),
  keyWorker: z.enum(KEY_WORKER_SIDE_KEYS).nullable().default(null),
});
export const RemoveCareTeamMemberRequest = z.object({
  reason: z.string().trim().min(1, 'Say why they are leaving the team').max(500),
});

export const StaffDirectory = z.object({
  staff: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jobTitle: z.string(),
      organisationName: z.string(),
      organisationKind: z.enum(ORGANISATION_KIND_KEYS),
    }),
  ),
});

export const ChildPage = z.object({
  personId: z.string(),
  familyId: z.string(),
  name: z.string(),
  fullName: z.string(),
  age: z.number().nullable(),
  pronouns: z.string().nullable(),
  school: z.string().nullable(),
  livesWith: z.array(z.string()),
  householdName: z.string().nullable(),
  importantPeople: z.string().nullable(),
  /** The child's relationships in English sentences (the professionals' page); `relatives` words them on the family's. */
  relationships: z.array(z.string()),
  /** Each relationship by the other person's name and its kind, so the family's page words it in its language. */
  relatives: z.array(z.object({ name: z.string(), kind: z.enum(RELATIONSHIP_KINDS) })),
  version: z.number(),
});
export type ChildPage = z.infer<typeof ChildPage>;

/** A created or changed thing answers with its id and new version. */
export const Saved = z.object({ id: z.string(), version: z.number() });
