// The database's tables as Kysely types: the one place the TypeScript shape of each table is stated.

import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
// Every vocabulary is a tuple in shared/domain, the one source for contracts, these types and the migrations'
// CHECKs (shared/domain/vocabularies.test.ts); re-exported here for the code that already imports them from here.
import type {
  AccountKind,
  AccountTokenPurpose,
  InvitationDelivery,
  InvitedAccountKind,
  SessionStage,
  StaffRole,
} from '../../shared/domain/accounts.ts';
import type { AppointmentKind, AppointmentStatus, OptionProposer, OptionStatus } from '../../shared/domain/appointments.ts';
import type { AuditOutcome } from '../../shared/domain/audit.ts';
import type { CareTeamRole, KeyWorkerSide, OrganisationKind } from '../../shared/domain/care-team-roles.ts';
import type { CheckInRhythm } from '../../shared/domain/check-ins.ts';
import type { CrisisCarerAnswer } from '../../shared/domain/crisis.ts';
import type {
  ContactWay,
  HelpAskerKind,
  HelpEventKind,
  HelpPurpose,
  HelpRequestKind,
  HelpUrgency,
  WorryAbout,
  WorryOutcome,
} from '../../shared/domain/help.ts';
import type { InvolvementEvent, InvolvementLevel } from '../../shared/domain/involvement-levels.ts';
import type {
  Ethnicity,
  FeedbackAbout,
  FeedbackAskAbout,
  FeedbackScore,
  FeedbackShownAs,
  YesNoPreferNot,
} from '../../shared/domain/learning.ts';
import type { MailKind, MailStatus } from '../../shared/domain/mail.ts';
import type { Attendance, DecidedBy, MeetingHelpKind, MeetingKind, ParentAgrees } from '../../shared/domain/meetings.ts';
import type {
  AgreedHow,
  Helped,
  NeedDomain,
  NeedImportance,
  NeedRaisedBy,
  NeedStatus,
  ReferralStatus,
  SupportKind,
} from '../../shared/domain/needs.ts';
import type { NotificationKind } from '../../shared/domain/notifications.ts';
import type { PersonKind, RelationshipKind } from '../../shared/domain/people.ts';
import type {
  AgreementPositionKey as AgreementPosition,
  CarerResponse,
  ChildWordsAudienceKey as ChildWordsAudience,
  ChildWordsPartKey as ChildWordsPart,
  DocumentKind as PlanDocumentKind,
  PlanItemKind as RecoveryPlanItemKind,
  ShareableDocumentKind,
  SuggestionStatus,
  WellnessSectionKey,
} from '../../shared/domain/plans.ts';
import type { EntryKind, InformationCategory, ReplyKind, WithholdingReason, WithholdingScope } from '../../shared/domain/records.ts';
import type { KeptAsWrittenSubject } from '../../shared/domain/respectful-words.ts';
import type {
  ConsentCategory,
  ConsentRequestStatus,
  DisclosureRoute,
  ExportStatus,
  LawfulBasis,
  OverrideBasis,
} from '../../shared/domain/sharing.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { PhraseValues } from '../../shared/i18n/messages.ts';

export type {
  AccountKind,
  AccountTokenPurpose,
  AgreementPosition,
  ChildWordsAudience,
  ChildWordsPart,
  ConsentCategory,
  InvolvementEvent,
  InvolvementLevel,
  KeyWorkerSide,
  LawfulBasis,
  MailKind,
  MailStatus,
  NotificationKind,
  OrganisationKind,
  PersonKind,
  PlanDocumentKind,
  RecoveryPlanItemKind,
  RelationshipKind,
  StaffRole,
};

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

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
  /** Migration 0021: a rename states the version it read (409 when stale). */
  version: Generated<number>;
  /** Migration 0028: who answers for the team when a request for help is not acknowledged in time. */
  duty_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Migration 0021: the console's edits state the version they read (409 when stale). */
  version: Generated<number>;
  /** Who added them in the console (null: the demo, the first administrator, older rows), and the form's idempotency key. */
  created_by_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
  idempotency_key: ColumnType<string | null, string | null | undefined, string | null>;
}
/** Maintained by triggers on people and relationships (migration 0009); read by the professional's list. */
export interface FamilySummariesTable {
  family_id: string;
  children_count: number;
  people_count: number;
  children_not_asked: boolean;
}

export interface FamiliesTable {
  id: string;
  display_name: string;
  involvement_level: InvolvementLevel;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Who started the family, who referred it and why (migration 0022); null for families made before. */
  started_by_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
  referred_by: ColumnType<string | null, string | null | undefined, string | null>;
  referral_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** The service's involvement ended: the team reads until team_read_until and changes nothing (migration 0022). */
  closed_at: NullableTimestamp;
  team_read_until: NullableTimestamp;
}
/** A "Start a family" form's idempotency key, by the staff member who sent it (migration 0058; on families before). */
export interface FamilyStartKeysTable {
  started_by_staff_id: string;
  idempotency_key: string;
  /** SHA-256 of the request that started the family: a retry with another body is refused. */
  fingerprint: string | null;
  family_id: string;
  created_at: Timestamp;
}
export interface HouseholdsTable {
  family_id: string;
  id: string;
  name: string;
  address: string | null;
  address_confidential: Generated<boolean>;
  version: Generated<number>;
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
  /** 'en' | 'cy' | 'pl' | 'ur' (shared/i18n/locales.ts); null until chosen. */
  preferred_language: string | null;
  known_to_adult_mental_health: Generated<boolean>;
  school: string | null;
  important_people: string | null;
  dependants_asked_none_by_staff_id: string | null;
  dependants_asked_none_at: NullableTimestamp;
  version: Generated<number>;
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
  /** A change of level, or the end or reopening of the involvement (migration 0022). */
  event: ColumnType<InvolvementEvent, InvolvementEvent | undefined, never>;
}
export interface CareTeamMembersTable {
  family_id: string;
  id: string;
  staff_id: string;
  team_role: CareTeamRole;
  key_worker: KeyWorkerSide | null;
  started_at: Timestamp;
  ended_at: NullableTimestamp;
  added_by_staff_id: string | null;
  ended_by_staff_id: string | null;
  ended_reason: string | null;
}
export interface AccountsTable {
  id: string;
  username: string;
  /** Null until an invited person chooses a password (migration 0020). */
  password_hash: string | null;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  kind: AccountKind;
  staff_id: string | null;
  family_id: string | null;
  person_id: string | null;
  totp_secret: string | null;
  /** The time step of the last accepted sign-in code (migration 0011): a code works once. */
  totp_last_step: number | null;
  /** A secret shown during enrolment, not yet confirmed by a first code (migration 0020). */
  totp_pending_secret: ColumnType<string | null, string | null | undefined, string | null>;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
  /** Migration 0025: whether the person wants a "something new" mail, when the last one was queued, and the version of these choices. */
  mail_something_new: Generated<boolean>;
  something_new_mailed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  settings_version: Generated<number>;
}
export interface SessionsTable {
  id: string;
  account_id: string;
  stage: SessionStage;
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
  outcome: AuditOutcome;
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

export interface RecordEntriesTable {
  family_id: string;
  id: string;
  kind: EntryKind;
  occurred_at: Timestamp;
  author_staff_id: string;
  author_organisation_id: string;
  category: InformationCategory;
  present_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  present_staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  about_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  text: string;
  restricted_text: string | null;
  decision: ColumnType<Record<string, string> | null, string | null, string | null>;
  withholding_scope: WithholdingScope | null;
  withholding_reason: WithholdingReason | null;
  withholding_review_on: string | null;
  withholding_decided_by_staff_id: string | null;
  withholding_decided_at: NullableTimestamp;
  placeholder_hidden: Generated<boolean>;
  placeholder_hidden_by_staff_id: string | null;
  placeholder_hidden_reason: string | null;
  entered_in_error_at: NullableTimestamp;
  entered_in_error_reason: string | null;
  entered_in_error_by_staff_id: string | null;
  version: Generated<number>;
  idempotency_key: string | null;
  /** SHA-256 of the request that made it under idempotency_key (0015); null before then. */
  idempotency_fingerprint: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface RecordEntryVersionsTable {
  family_id: string;
  entry_id: string;
  version: number;
  text: string;
  restricted_text: string | null;
  category: InformationCategory;
  occurred_at: Timestamp;
  decision: ColumnType<Record<string, string> | null, string | null, string | null>;
  edited_by_staff_id: string;
  edited_at: Timestamp;
  change_note: string | null;
}
export interface RecordEntryRepliesTable {
  family_id: string;
  id: string;
  entry_id: string;
  kind: ReplyKind;
  text: string;
  author_account_id: string;
  /** The language the reply was written in (0041): the writer's, when a family member wrote it. */
  written_in: Generated<Locale>;
  created_at: Timestamp;
}
export interface NotificationsTable {
  id: string;
  recipient_staff_id: string | null;
  recipient_account_id: string | null;
  kind: NotificationKind;
  family_id: string | null;
  entry_id: string | null;
  message: string;
  /** The message's id in shared/i18n's catalogues, and its values (0040): worded in the reader's language. */
  message_id: string | null;
  message_values: ColumnType<PhraseValues | null, string | null | undefined, string | null>;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}
export interface GlossaryTermsTable {
  id: string;
  term: string;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  plain: string;
  explanation: string;
  language: Generated<string>;
  version: Generated<number>;
  updated_by_staff_id: string | null;
  updated_at: Timestamp;
}

export interface ConsentsTable {
  family_id: string;
  id: string;
  category: ConsentCategory;
  recipient_organisation_id: string | null;
  recipient_staff_id: string | null;
  purpose: string;
  starts_on: string;
  ends_on: string | null;
  granted_by_account_id: string;
  subject_person_id: string | null;
  granted_at: Timestamp;
  withdrawn_at: NullableTimestamp;
  withdrawn_by_account_id: string | null;
  written_in: Generated<Locale>;
}
export interface ConsentRequestsTable {
  family_id: string;
  id: string;
  category: ConsentCategory;
  requested_by_staff_id: string;
  recipient_organisation_id: string;
  reason: string;
  status: ColumnType<ConsentRequestStatus, ConsentRequestStatus | undefined, ConsentRequestStatus>;
  answered_at: NullableTimestamp;
  answered_by_account_id: string | null;
  consent_id: string | null;
  created_at: Timestamp;
}
export interface SafeguardingOverridesTable {
  family_id: string;
  id: string;
  categories: ColumnType<InformationCategory[], readonly InformationCategory[], readonly InformationCategory[]>;
  recipient_organisation_id: string;
  lawful_basis: OverrideBasis;
  justification: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  created_by_staff_id: string;
  parent_told: boolean;
  not_telling_reason: string | null;
  review_due_at: NullableTimestamp;
  reviewed_at: NullableTimestamp;
  reviewed_by_staff_id: string | null;
  review_note: string | null;
  ended_at: NullableTimestamp;
}
export interface DisclosuresTable {
  family_id: string;
  id: string;
  via: DisclosureRoute;
  recipient_organisation_id: string | null;
  recipient_staff_id: string | null;
  recipient_description: string;
  purpose: string;
  categories: ColumnType<InformationCategory[], readonly InformationCategory[], readonly InformationCategory[]>;
  lawful_basis: LawfulBasis;
  decided_by_account_id: string | null;
  decided_by_description: string;
  source_id: string | null;
  hidden_from_parent_until_released: Generated<boolean>;
  written_in: Generated<Locale>;
  created_at: Timestamp;
}
export interface EmergencyAccessesTable {
  id: string;
  family_id: string;
  staff_id: string;
  reason: string;
  started_at: Timestamp;
  ends_at: Timestamp;
  ended_at: NullableTimestamp;
  reviewed_at: NullableTimestamp;
  reviewed_by_staff_id: string | null;
  review_note: string | null;
}

export interface SubjectAccessExportsTable {
  id: string;
  family_id: string;
  person_id: string;
  requested_by_account_id: string;
  status: ColumnType<ExportStatus, 'pending' | undefined, ExportStatus>;
  content: ColumnType<unknown, string | null | undefined, string | null>;
  html: string | null;
  error: string | null;
  created_at: Timestamp;
  completed_at: NullableTimestamp;
}

type Json<T> = ColumnType<T, string, string>;

export interface RecoveryPlansTable {
  family_id: string;
  id: string;
  working_version: Generated<number>;
  review_on: string | null;
  review_reminded_for: string | null;
  rating_invitee_person_ids: Generated<string[]>;
  created_at: Timestamp;
  created_by_account_id: string;
  version: Generated<number>;
}
export interface RecoveryPlanItemsTable {
  family_id: string;
  plan_id: string;
  id: string;
  kind: RecoveryPlanItemKind;
  worry_id: string | null;
  position: number;
  content: Json<Record<string, unknown>>;
  version: Generated<number>;
  created_at: Timestamp;
  created_by_account_id: string;
  updated_at: Timestamp;
  updated_by_account_id: string;
  updated_by_name: string;
  removed_at: NullableTimestamp;
  /** Information category (migration 0014): the same rules as record entries decide which professionals read it. */
  category: Generated<InformationCategory>;
  author_organisation_id: string | null;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
}
export interface RecoveryPlanVersionsTable {
  family_id: string;
  plan_id: string;
  number: number;
  frozen_at: Timestamp;
  frozen_by_account_id: string;
  frozen_by_name: string;
  review_note: string | null;
  snapshot: Json<unknown>;
}
export interface RecoveryPlanRatingsTable {
  family_id: string;
  plan_id: string;
  item_id: string;
  plan_version: number;
  account_id: string;
  rater_name: string;
  rater_role: string;
  score: number;
  note: string | null;
  rated_at: Timestamp;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
  /** Each save of a rating is a new version (0043): words kept as written are stored beside it. */
  version: Generated<number>;
}
export interface RecoveryPlanAgreementsTable {
  family_id: string;
  plan_id: string;
  plan_version: number;
  account_id: string;
  name: string;
  role: string;
  position: AgreementPosition;
  reasons: string | null;
  recorded_at: Timestamp;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
  /** Each save of an agreement is a new version (0043). */
  version: Generated<number>;
}
export interface PlanDocumentsTable {
  family_id: string;
  id: string;
  kind: PlanDocumentKind;
  person_id: string;
  carer_person_id: string | null;
  carer_asked_on: string | null;
  carer_response: CarerResponse | null;
  carer_responded_at: NullableTimestamp;
  carer_response_note: string | null;
  parent_agreed_at: NullableTimestamp;
  parent_agreed_by_account_id: string | null;
  created_at: Timestamp;
  created_by_account_id: string;
  version: Generated<number>;
  /** A wellness plan's sections crisis services read under emergency access (migration 0029). */
  crisis_service_keys: ColumnType<WellnessSectionKey[], WellnessSectionKey[] | undefined, WellnessSectionKey[]>;
  /** The language of the carer's note beside their answer (0043). */
  carer_note_written_in: Generated<Locale>;
}
/** Issue 14 §3 (migration 0029): what the parent asks to be told to each person when her crisis plan is in use. */
export interface CrisisMessagesTable {
  family_id: string;
  id: string;
  document_id: string;
  recipient_person_id: string | null;
  recipient_staff_id: string | null;
  text: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by_account_id: string;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
}
export interface CrisisActivationsTable {
  family_id: string;
  id: string;
  document_id: string;
  started_at: Timestamp;
  started_by_account_id: string;
  started_by_name: string;
  started_by_staff_id: string | null;
  start_reason: string | null;
  ended_at: NullableTimestamp;
  ended_by_account_id: string | null;
  ended_by_name: string | null;
  reflection: string | null;
  changes: string | null;
  reflection_shared: Generated<boolean>;
  reviewed_at: NullableTimestamp;
  review_reminded_at: NullableTimestamp;
  version: Generated<number>;
  /** The language of the reason it was started (0043), and of the parent's look back at it. */
  start_reason_written_in: Generated<Locale>;
  review_written_in: Generated<Locale>;
}
export interface CrisisActivationPeopleTable {
  family_id: string;
  id: string;
  activation_id: string;
  person_id: string | null;
  staff_id: string | null;
  message: string | null;
  told_account_id: string | null;
  carer_for_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  carer_answer: CrisisCarerAnswer | null;
  carer_note: string | null;
  answered_at: NullableTimestamp;
  alerted_at: NullableTimestamp;
  /** The language of her message as it stood when the plan started, and of a carer's note (0043). */
  message_written_in: Generated<Locale>;
  carer_note_written_in: Generated<Locale>;
}
export interface PlanDocumentSectionsTable {
  family_id: string;
  document_id: string;
  section_key: string;
  text: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by_account_id: string;
  updated_by_name: string;
  /** Information category (migration 0014); decides which professionals read an explanation's section. */
  category: Generated<InformationCategory>;
  author_organisation_id: string | null;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
}
export interface PlanSuggestionsTable {
  family_id: string;
  id: string;
  document_id: string;
  section_key: string;
  text: string;
  suggested_by_account_id: string;
  suggested_by_name: string;
  created_at: Timestamp;
  status: Generated<SuggestionStatus>;
  decided_at: NullableTimestamp;
}
export interface PlanSharesTable {
  family_id: string;
  id: string;
  document_kind: ShareableDocumentKind;
  document_id: string;
  section_key: string | null;
  recipient_person_id: string | null;
  recipient_staff_id: string | null;
  shared_by_account_id: string;
  shared_at: Timestamp;
  ended_at: NullableTimestamp;
  ended_by_account_id: string | null;
}
export interface ChildWordsTable {
  family_id: string;
  id: string;
  child_person_id: string;
  part: ChildWordsPart;
  words: string;
  author_account_id: string;
  author_name: string;
  written_for_child: boolean;
  share_with: Generated<ChildWordsAudience[]>;
  consent_recorded_at: NullableTimestamp;
  created_at: Timestamp;
  version: Generated<number>;
  removed_at: NullableTimestamp;
  /** The language its words were written in (0043): the writer's, when a family member wrote them. */
  written_in: Generated<Locale>;
}

/** One-time account tokens (migration 0020): stored by hash; used once, or cancelled, or expired. */
export interface AccountTokensTable {
  id: string;
  account_id: string;
  purpose: AccountTokenPurpose;
  token_hash: string;
  created_by_staff_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  password_set_at: NullableTimestamp;
  used_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  cancelled_reason: string | null;
}
export interface RecoveryCodesTable {
  account_id: string;
  id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
}
export interface MailOutboxTable {
  id: string;
  to_address: string;
  kind: MailKind;
  path: string | null;
  account_id: string | null;
  /** The language the mail is worded in (migration 0045): a family account's person's, decided when queued; else 'en'. */
  language: Generated<string>;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

/** An invitation of a family member by email or letter (migration 0022). */
export interface FamilyInvitationsTable {
  family_id: string;
  id: string;
  person_id: string;
  account_id: string;
  account_kind: InvitedAccountKind;
  delivery: InvitationDelivery;
  invited_by_staff_id: string | null;
  invited_by_account_id: string | null;
  parent_told: boolean;
  not_telling_reason: string | null;
  reviewed_at: NullableTimestamp;
  reviewed_by_staff_id: string | null;
  review_note: string | null;
  created_at: Timestamp;
}
/** The end of the service's involvement, its closing summary and its reopening (migration 0022). */
export interface InvolvementClosuresTable {
  family_id: string;
  id: string;
  closed_at: Timestamp;
  closed_by_staff_id: string;
  summary: string;
  labels_kept: Generated<string[]>;
  team_read_until: Timestamp;
  reopened_at: NullableTimestamp;
  reopened_by_staff_id: string | null;
  reopen_reason: string | null;
}
export interface ClosingSummaryRepliesTable {
  family_id: string;
  id: string;
  closure_id: string;
  text: string;
  author_account_id: string;
  /** The language the reply was written in (0041). */
  written_in: Generated<Locale>;
  created_at: Timestamp;
}

export interface CheckInSettingsTable {
  family_id: string;
  person_id: string;
  rhythm: CheckInRhythm;
  low_words: string;
  high_words: string;
  share_with_staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  reminded_for: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
  written_in: Generated<Locale>;
}
export interface CheckInsTable {
  family_id: string;
  id: string;
  person_id: string;
  account_id: string;
  score: number;
  words: string | null;
  shared_with_staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  idempotency_key: string | null;
  written_in: Generated<Locale>;
  created_at: Timestamp;
}

/** Issue 14 §1 (migration 0028): who a family member wants to hear from when they ask for help. */
export interface HelpSettingsTable {
  family_id: string;
  person_id: string;
  staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  updated_at: Timestamp;
}
/** A request for help or a raised worry: early help, never a risk indicator (no column here names one). */
export interface HelpRequestsTable {
  family_id: string;
  id: string;
  kind: HelpRequestKind;
  person_id: string;
  account_id: string;
  asker_kind: HelpAskerKind;
  worry_about: WorryAbout | null;
  words: string;
  urgency: HelpUrgency;
  contact_ways: ColumnType<ContactWay[], ContactWay[] | undefined, ContactWay[]>;
  contact_time: string | null;
  out_of_hours: boolean;
  purpose: ColumnType<HelpPurpose, HelpPurpose | undefined, never>;
  recipient_staff_ids: ColumnType<string[], string[], string[]>;
  escalation_team_id: string | null;
  acknowledge_by: NullableTimestamp;
  manager_by: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  acknowledged_by_staff_id: string | null;
  worry_outcome: WorryOutcome | null;
  safeguarding_reason: string | null;
  governance_reviewed_at: NullableTimestamp;
  governance_reviewed_by_staff_id: string | null;
  governance_review_note: string | null;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  idempotency_fingerprint: ColumnType<string | null, string | null | undefined, never>;
  /** The language the asker wrote in (0044): their chosen language. */
  written_in: Generated<Locale>;
  created_at: Timestamp;
}
export interface HelpRequestEventsTable {
  family_id: string;
  id: string;
  request_id: string;
  kind: HelpEventKind;
  staff_id: string | null;
  to_staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  text: string | null;
  contact_at: NullableTimestamp;
  contact_way: ContactWay | null;
  created_at: Timestamp;
}

/** Issue 15 §2 (migration 0033): the service directory, imported from an Open Referral UK file; not family data. */
export interface DirectoryOrganisationsTable {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  imported_at: Timestamp;
  updated_at: Timestamp;
}
/** A service's page in plain words, derived at import (modules/support/directory/oruk-mapping.ts). */
export type DirectoryServiceDetails = {
  eligibility: string[];
  costs: string[];
  openingTimes: { words: string }[];
  locations: {
    name: string | null;
    address: string | null;
    postcode: string | null;
    howToGetThere: string | null;
    accessibility: string[];
  }[];
  contacts: { name: string | null; phone: string | null; email: string | null }[];
  howToUse: string[];
};
export interface DirectoryServicesTable {
  id: string;
  organisation_id: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  status: Generated<string>;
  domains: Generated<NeedDomain[]>;
  self_referral: Generated<boolean>;
  free: Generated<boolean>;
  languages: Generated<string[]>;
  where_words: string | null;
  search_words: Generated<string>;
  details: Json<DirectoryServiceDetails>;
  /** Generated by the database from name, search_words and description; never written. */
  search: GeneratedAlways<string>;
  imported_at: Timestamp;
  updated_at: Timestamp;
}
/** A service a family member saved for themselves. */
export interface DirectorySavedServicesTable {
  account_id: string;
  service_id: string;
  saved_at: Timestamp;
}

/** Issue 15 §1 (migration 0034): a family member's need in their own words; read by scope.ts#needVisible. */
export interface NeedsTable {
  family_id: string;
  id: string;
  person_id: string;
  domain: NeedDomain;
  words: string;
  importance: NeedImportance;
  raised_by: NeedRaisedBy;
  written_by_account_id: string;
  written_by_staff_id: string | null;
  support_wanted: string | null;
  category: InformationCategory;
  author_organisation_id: string | null;
  about_person_ids: ColumnType<string[], string[], string[]>;
  status: ColumnType<NeedStatus, NeedStatus | undefined, NeedStatus>;
  closed_at: NullableTimestamp;
  not_right: string | null;
  not_right_at: NullableTimestamp;
  /** The language of its words and "what would help" (0044), and of the person's "that's not right". */
  written_in: Generated<Locale>;
  not_right_written_in: Generated<Locale>;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  idempotency_fingerprint: ColumnType<string | null, string | null | undefined, never>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** Support for a need: an offer, something the family found, or a referral (its facts in the referral_* columns). */
export interface NeedSupportsTable {
  family_id: string;
  id: string;
  need_id: string;
  kind: SupportKind;
  description: string;
  service_id: string | null;
  offered_by_account_id: string;
  offered_by_staff_id: string | null;
  offered_by_description: string;
  offered_on: string;
  received_from: string | null;
  received_until: string | null;
  helped: Helped | null;
  helped_words: string | null;
  helped_at: NullableTimestamp;
  referral_status: ReferralStatus | null;
  referral_status_on: string | null;
  declined_reason: string | null;
  shared_categories: ColumnType<ConsentCategory[] | null, ConsentCategory[] | null | undefined, ConsentCategory[] | null>;
  sent_text: string | null;
  lawful_basis: LawfulBasis | null;
  agreed_how: AgreedHow | null;
  disclosure_id: string | null;
  chase_reminded_for: string | null;
  helped_asked_at: NullableTimestamp;
  /** The language of its description and what was sent (0044), and of the person's "did it help?" words. */
  written_in: Generated<Locale>;
  helped_written_in: Generated<Locale>;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  idempotency_fingerprint: ColumnType<string | null, string | null | undefined, never>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface ReferralStatusChangesTable {
  family_id: string;
  id: string;
  support_id: string;
  status: ReferralStatus;
  status_on: string;
  reason: string | null;
  changed_by_account_id: string;
  changed_by_description: string;
  /** The language of its reason (0044). */
  written_in: Generated<Locale>;
  created_at: Timestamp;
}
/** The practical barriers recorded once per person (BARRIER_KEYS), each in their words; null: nothing said. */
export interface PersonBarriersTable {
  family_id: string;
  person_id: string;
  childcare: string | null;
  travel_cost: string | null;
  times: string | null;
  language: string | null;
  access: string | null;
  caring: string | null;
  version: Generated<number>;
  updated_by_account_id: string;
  /** The language of the words (0044): the family member's who last saved them. */
  written_in: Generated<Locale>;
  updated_at: Timestamp;
}

/** Issue 17 §1 (migration 0046): a visit or appointment arranged with the family, or a visit recorded as unannounced. */
export interface AppointmentsTable {
  family_id: string;
  id: string;
  kind: AppointmentKind;
  meeting_kind: MeetingKind | null;
  purpose: string | null;
  place: string | null;
  what_to_bring: string | null;
  status: AppointmentStatus;
  unannounced: Generated<boolean>;
  unannounced_reason: string | null;
  arranged_by_staff_id: string;
  arranged_by_organisation_id: string;
  staff_ids: ColumnType<string[], string[] | undefined, string[]>;
  person_ids: ColumnType<string[], string[] | undefined, string[]>;
  starts_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  agreed_at: NullableTimestamp;
  cancelled_by_staff_id: string | null;
  cancelled_by_account_id: string | null;
  cancel_reason: string | null;
  cancel_reason_written_in: Generated<Locale>;
  cancelled_at: NullableTimestamp;
  reminded_for: NullableTimestamp;
  sequence: Generated<number>;
  version: Generated<number>;
  created_by_account_id: string;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  idempotency_fingerprint: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** A time offered for an appointment, by a worker or the family, in rounds (migration 0046). */
export interface AppointmentOptionsTable {
  family_id: string;
  id: string;
  appointment_id: string;
  round: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  proposed_by: OptionProposer;
  proposed_by_staff_id: string | null;
  proposed_by_account_id: string;
  note: string | null;
  written_in: Generated<Locale>;
  status: ColumnType<OptionStatus, OptionStatus | undefined, OptionStatus>;
  created_at: Timestamp;
}
/** What makes appointments hard for the family, one versioned row per family (migration 0046). */
export interface AppointmentBarriersTable {
  family_id: string;
  childcare: string | null;
  travel: string | null;
  times: string | null;
  other: string | null;
  written_in: Generated<Locale>;
  version: Generated<number>;
  updated_by_account_id: string;
  updated_at: Timestamp;
}

/** Issue 17 §2 (migration 0048): what only a meeting has, beside its appointment row (kind 'meeting'). */
export interface MeetingsTable {
  family_id: string;
  appointment_id: string;
  chair_staff_id: string;
  family_invited: boolean;
  reports_due_working_days: Generated<number>;
  minutes_due_working_days: Generated<number>;
  invited_at: NullableTimestamp;
  short_notice_reason: string | null;
  help_kind: MeetingHelpKind | null;
  help_text: string | null;
  help_written_in: Generated<Locale>;
  help_asked_at: NullableTimestamp;
  withholding_reason: WithholdingReason | null;
  withholding_review_on: string | null;
  withheld_by_staff_id: string | null;
  minutes: string | null;
  minutes_shared_at: NullableTimestamp;
  minutes_due_on: string | null;
  minutes_reminded_at: NullableTimestamp;
  explanation_prompted_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  updated_at: Timestamp;
}
/** The parent's or a child's view before a meeting, one per person (migration 0048). */
export interface MeetingViewsTable {
  family_id: string;
  id: string;
  appointment_id: string;
  person_id: string;
  text: string;
  written_in: Generated<Locale>;
  author_account_id: string;
  author_name: string;
  written_for_person: Generated<boolean>;
  agreed_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** A worker's report for a meeting, shared with the parent before it (migration 0048). */
export interface MeetingReportsTable {
  family_id: string;
  id: string;
  appointment_id: string;
  author_staff_id: string;
  organisation_id: string;
  text: string;
  shared_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** Who was at a meeting (migration 0048). */
export interface MeetingAttendanceTable {
  family_id: string;
  id: string;
  appointment_id: string;
  person_id: string | null;
  staff_id: string | null;
  name: string;
  role: string | null;
  attendance: Attendance;
  position: number;
}
/** A meeting's decision, with the parent's view beside it (migration 0048). */
export interface MeetingDecisionsTable {
  family_id: string;
  id: string;
  appointment_id: string;
  position: number;
  text: string;
  decided_by: DecidedBy;
  parent_view: string | null;
  parent_view_written_in: Generated<Locale>;
  parent_agrees: ParentAgrees | null;
  involvement_level_to: InvolvementLevel | null;
  about_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  created_by_account_id: string;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  version: Generated<number>;
  created_at: Timestamp;
}
/** An action a meeting agreed: an action in the family's recovery plan (migration 0048). */
export interface MeetingActionsTable {
  family_id: string;
  appointment_id: string;
  plan_item_id: string;
  decision_id: string | null;
  created_by_account_id: string;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
}
/** The family's reply to a report (report_id) or to the minutes (report_id null) (migration 0048). */
export interface MeetingRepliesTable {
  family_id: string;
  id: string;
  appointment_id: string;
  report_id: string | null;
  author_account_id: string;
  author_name: string;
  text: string;
  written_in: Generated<Locale>;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
}

/** One finding the writer kept: which field, which vocabulary entry (shared/domain/respectful-words.ts), the words. */
export type KeptFinding = { field: string; entryId: string; kind: string; found: string };
export interface KeptAsWrittenTable {
  family_id: string;
  id: string;
  subject_kind: KeptAsWrittenSubject;
  subject_id: string;
  version: number;
  staff_id: string;
  team_id: string | null;
  findings: Json<KeptFinding[]>;
  reason: string;
  created_at: Generated<Timestamp>;
}
/** shared/domain/respectful-words.ts (migrations 0036, 0039, 0041, 0042, 0044). */
export type { KeptAsWrittenSubject };

/** Issue 18 (migration 0049): a request for feedback made to one family account after a contact, visit or meeting. */
export interface FeedbackAsksTable {
  family_id: string;
  id: string;
  account_id: string;
  person_id: string;
  about_kind: FeedbackAskAbout;
  about_id: string;
  staff_id: string | null;
  created_at: Timestamp;
  answered_at: NullableTimestamp;
  skipped_at: NullableTimestamp;
}
/** Issue 18 (migration 0049): the family's feedback on Umbrella's own 1-4 scale, named or for the team only. */
export interface FeedbackTable {
  family_id: string;
  id: string;
  account_id: string;
  person_id: string;
  ask_id: string | null;
  about_kind: FeedbackAbout;
  about_id: string | null;
  staff_id: string | null;
  team_id: string | null;
  listened: FeedbackScore | null;
  next_steps_clear: FeedbackScore | null;
  useful: FeedbackScore | null;
  words: string | null;
  written_in: Generated<Locale>;
  shown_as: FeedbackShownAs;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
}
/** Issue 18 (migration 0049): what a person chose to tell about themselves for the equity breakdown; each optional. */
export interface EquityAnswersTable {
  family_id: string;
  person_id: string;
  ethnicity: Ethnicity | null;
  first_language: string | null;
  disability: YesNoPreferNot | null;
  financial_hardship: YesNoPreferNot | null;
  recorded_by_account_id: string | null;
  recorded_by_staff_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}
/** Issue 18 (migration 0049): reflective supervision between a manager and a worker; never in a family's record. */
export interface SupervisionsTable {
  id: string;
  worker_staff_id: string;
  supervisor_staff_id: string;
  held_on: string;
  notes: Generated<string>;
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** Issue 18 (migration 0049): one family talked about in a supervision, with the practice model's prompts. */
export interface SupervisionFamiliesTable {
  supervision_id: string;
  family_id: string;
  family_view: string | null;
  strengths: string | null;
  support_not_received: string | null;
  language: string | null;
  carrying: string | null;
  decision: string | null;
  decision_entry_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface DB {
  feedback_asks: FeedbackAsksTable;
  feedback: FeedbackTable;
  equity_answers: EquityAnswersTable;
  supervisions: SupervisionsTable;
  supervision_families: SupervisionFamiliesTable;
  appointments: AppointmentsTable;
  appointment_options: AppointmentOptionsTable;
  appointment_barriers: AppointmentBarriersTable;
  meetings: MeetingsTable;
  meeting_views: MeetingViewsTable;
  meeting_reports: MeetingReportsTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_decisions: MeetingDecisionsTable;
  meeting_actions: MeetingActionsTable;
  meeting_replies: MeetingRepliesTable;
  kept_as_written: KeptAsWrittenTable;
  directory_organisations: DirectoryOrganisationsTable;
  directory_services: DirectoryServicesTable;
  directory_saved_services: DirectorySavedServicesTable;
  needs: NeedsTable;
  need_supports: NeedSupportsTable;
  referral_status_changes: ReferralStatusChangesTable;
  person_barriers: PersonBarriersTable;
  help_settings: HelpSettingsTable;
  help_requests: HelpRequestsTable;
  help_request_events: HelpRequestEventsTable;
  check_in_settings: CheckInSettingsTable;
  check_ins: CheckInsTable;
  recovery_plans: RecoveryPlansTable;
  recovery_plan_items: RecoveryPlanItemsTable;
  recovery_plan_versions: RecoveryPlanVersionsTable;
  recovery_plan_ratings: RecoveryPlanRatingsTable;
  recovery_plan_agreements: RecoveryPlanAgreementsTable;
  plan_documents: PlanDocumentsTable;
  crisis_messages: CrisisMessagesTable;
  crisis_activations: CrisisActivationsTable;
  crisis_activation_people: CrisisActivationPeopleTable;
  plan_document_sections: PlanDocumentSectionsTable;
  plan_suggestions: PlanSuggestionsTable;
  plan_shares: PlanSharesTable;
  child_words: ChildWordsTable;
  subject_access_exports: SubjectAccessExportsTable;
  consents: ConsentsTable;
  consent_requests: ConsentRequestsTable;
  safeguarding_overrides: SafeguardingOverridesTable;
  disclosures: DisclosuresTable;
  emergency_accesses: EmergencyAccessesTable;
  record_entries: RecordEntriesTable;
  record_entry_versions: RecordEntryVersionsTable;
  record_entry_replies: RecordEntryRepliesTable;
  notifications: NotificationsTable;
  glossary_terms: GlossaryTermsTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  staff: StaffTable;
  families: FamiliesTable;
  family_start_keys: FamilyStartKeysTable;
  family_summaries: FamilySummariesTable;
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
  account_tokens: AccountTokensTable;
  recovery_codes: RecoveryCodesTable;
  mail_outbox: MailOutboxTable;
  family_invitations: FamilyInvitationsTable;
  involvement_closures: InvolvementClosuresTable;
  closing_summary_replies: ClosingSummaryRepliesTable;
}
