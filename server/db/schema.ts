// The database's tables as Kysely types: the one place the TypeScript shape of each table is stated.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type OrganisationKind = 'adult_mental_health' | 'childrens_services' | 'health' | 'education' | 'voluntary';
export type StaffRole = 'practitioner' | 'team_manager' | 'information_governance_lead' | 'administrator';
export type InvolvementLevel = 'none' | 'early_help' | 'child_in_need' | 'child_protection_plan' | 'looked_after' | 'pre_proceedings';
export type PersonKind = 'parent' | 'child' | 'other_adult' | 'network_member';
export type RelationshipKind =
  | 'parent_of'
  | 'partner'
  | 'former_partner'
  | 'sibling'
  | 'grandparent_of'
  | 'friend'
  | 'relative'
  | 'neighbour'
  | 'other';
export type AccountKind = 'professional' | 'parent' | 'young_person' | 'network_member';
export type KeyWorkerSide = 'adult_mental_health' | 'childrens_services';

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  phone: string | null;
  email: string | null;
  created_at: Timestamp;
}
export interface TeamsTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: Timestamp;
}
export interface StaffTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  full_name: string;
  discipline: string;
  role: StaffRole;
  job_title: string;
  email: string | null;
  phone: string | null;
  created_at: Timestamp;
}
export interface FamiliesTable {
  id: string;
  display_name: string;
  involvement_level: InvolvementLevel;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface HouseholdsTable {
  family_id: string;
  id: string;
  name: string;
  address: string | null;
  address_confidential: Generated<boolean>;
  created_at: Timestamp;
}
export interface PeopleTable {
  family_id: string;
  id: string;
  household_id: string | null;
  kind: PersonKind;
  full_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  pronouns: string | null;
  known_to_adult_mental_health: Generated<boolean>;
  created_at: Timestamp;
}
export interface RelationshipsTable {
  family_id: string;
  id: string;
  from_person_id: string;
  to_person_id: string;
  kind: RelationshipKind;
  description: string | null;
  created_at: Timestamp;
}
export interface InvolvementHistoryTable {
  family_id: string;
  id: string;
  level: InvolvementLevel;
  started_on: string;
  recorded_by_staff_id: string | null;
  note: string | null;
  created_at: Timestamp;
}
export interface CareTeamMembersTable {
  family_id: string;
  id: string;
  staff_id: string;
  team_role: string;
  key_worker: KeyWorkerSide | null;
  started_at: Timestamp;
  ended_at: NullableTimestamp;
}
export interface AccountsTable {
  id: string;
  username: string;
  password_hash: string;
  kind: AccountKind;
  staff_id: string | null;
  family_id: string | null;
  person_id: string | null;
  totp_secret: string | null;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
}
export interface SessionsTable {
  id: string;
  account_id: string;
  stage: 'awaiting_second_factor' | 'signed_in';
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: NullableTimestamp;
  ended_reason: string | null;
}
export interface RateLimitsTable {
  key: string;
  window_started_at: Timestamp;
  hits: number;
}
export interface AuditEventsTable {
  stream: number;
  seq: number;
  id: string;
  occurred_at: Timestamp;
  action: string;
  outcome: 'allowed' | 'denied' | 'failed';
  actor_kind: string;
  actor_account_id: string | null;
  actor_staff_id: string | null;
  family_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}
export interface AuditStreamHeadsTable {
  stream: number;
  seq: number;
  hash: string;
}

export interface DB {
  organisations: OrganisationsTable;
  teams: TeamsTable;
  staff: StaffTable;
  families: FamiliesTable;
  households: HouseholdsTable;
  people: PeopleTable;
  relationships: RelationshipsTable;
  involvement_history: InvolvementHistoryTable;
  care_team_members: CareTeamMembersTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  audit_events: AuditEventsTable;
  audit_stream_heads: AuditStreamHeadsTable;
}
