// Family contracts: a professional's family list and the family overview both sides read.
import { z } from 'zod';
import { KEY_WORKER_SIDE_KEYS, ORGANISATION_KIND_KEYS } from '../domain/care-team-roles.ts';
import { INVOLVEMENT_EVENTS, INVOLVEMENT_LEVELS } from '../domain/involvement-levels.ts';
import { PERSON_KINDS, RELATIONSHIP_KINDS } from '../domain/people.ts';
import { LOCALES } from '../i18n/locales.ts';
import { KeptAsWritten } from './respectful-words.ts';

export const InvolvementLevel = z.enum(INVOLVEMENT_LEVELS);

export const Explanation = z.object({
  title: z.string(),
  whatItMeans: z.string(),
  whatHappensNext: z.string(),
  yourRights: z.string(),
});

export const FamilySummary = z.object({
  id: z.string(),
  displayName: z.string(),
  involvementLevel: InvolvementLevel,
  involvementTitle: z.string(),
  myTeamRole: z.string(),
  isKeyWorker: z.boolean(),
  childrenCount: z.number(),
  peopleCount: z.number(),
  /** An adult known to adult mental health services whose children and dependants nobody has asked about yet. */
  childrenNotAskedAbout: z.boolean(),
  /** When the service's involvement was closed (null while open) and until when the team may still read it. */
  closedAt: z.string().nullable(),
  teamReadUntil: z.string().nullable(),
});
export const FamilyList = z.object({ families: z.array(FamilySummary) });
export type FamilyList = z.infer<typeof FamilyList>;

export const Person = z.object({
  id: z.string(),
  kind: z.enum(PERSON_KINDS),
  fullName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  age: z.number().nullable(),
  householdId: z.string().nullable(),
  pronouns: z.string().nullable(),
  knownToAdultMentalHealth: z.boolean(),
  /** For adults known to adult mental health: whether children and other dependants have been asked about. */
  dependants: z.enum(['not_applicable', 'recorded', 'asked_none', 'not_asked']),
  dependantsAskedBy: z.string().nullable(),
  dependantsAskedAt: z.string().nullable(),
  school: z.string().nullable(),
  importantPeople: z.string().nullable(),
  /** The language they prefer (issue 16 §3), chosen by them on their own pages or by a worker with them; null: not chosen. */
  preferredLanguage: z.enum(LOCALES).nullable(),
  version: z.number(),
});

export const Household = z.object({
  id: z.string(),
  name: z.string(),
  /** Null when there is no address, or when it is confidential and this viewer may not see it. */
  address: z.string().nullable(),
  addressConfidential: z.boolean(),
  version: z.number(),
});

export const Relationship = z.object({
  id: z.string(),
  fromPersonId: z.string(),
  toPersonId: z.string(),
  kind: z.enum(RELATIONSHIP_KINDS),
  /** A readable sentence such as "Marie is Jamie's parent". */
  summary: z.string(),
  description: z.string().nullable(),
});

export const CareTeamMember = z.object({
  id: z.string(),
  staffId: z.string(),
  name: z.string(),
  jobTitle: z.string(),
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KIND_KEYS),
  organisationKindLabel: z.string(),
  teamRole: z.string(),
  teamRoleLabel: z.string(),
  teamRolePlain: z.string(),
  keyWorker: z.enum(KEY_WORKER_SIDE_KEYS).nullable(),
  keyWorkerLabel: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  since: z.string(),
});

export const InvolvementChange = z.object({
  /** A change of level, or the service's involvement being closed or reopened (the level stays as it was). */
  event: z.enum(INVOLVEMENT_EVENTS),
  level: InvolvementLevel,
  /** What the row says: the level's title, or "Involvement closed" / "Involvement reopened". */
  title: z.string(),
  startedOn: z.string(),
  note: z.string().nullable(),
  /** The care team only: the writer kept words the check found in the note (issue 16 §1), and why. */
  keptAsWritten: KeptAsWritten.nullable().optional(),
});

export const FamilyOverview = z.object({
  id: z.string(),
  displayName: z.string(),
  involvement: z.object({
    level: InvolvementLevel,
    explanation: Explanation,
    history: z.array(InvolvementChange),
  }),
  households: z.array(Household),
  people: z.array(Person),
  relationships: z.array(Relationship),
  careTeam: z.array(CareTeamMember),
  /** The viewer may add and remove care-team members (a key worker or team manager on the team). */
  canChangeCareTeam: z.boolean(),
  /** Adults known to adult mental health whose children and dependants have not been asked about. */
  childrenNotAskedAbout: z.array(z.object({ personId: z.string(), name: z.string() })),
});
export type FamilyOverview = z.infer<typeof FamilyOverview>;
