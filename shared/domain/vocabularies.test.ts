// Holds the database and the code to one list per vocabulary: every CHECK (column IN (...)) in the migrations, as the
// last migration to define it left it, must equal the tuple in shared/domain that the contracts and schema.ts use.
// biome-ignore lint/style/noRestrictedImports: a test runs in Node and never ships to the browser; it reads the migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import {
  ACCOUNT_KINDS,
  ACCOUNT_TOKEN_PURPOSES,
  INVITATION_DELIVERIES,
  INVITED_ACCOUNT_KINDS,
  SESSION_STAGES,
  STAFF_ROLES,
} from './accounts.ts';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, OPTION_PROPOSERS, OPTION_STATUSES } from './appointments.ts';
import { AUDIT_OUTCOMES } from './audit.ts';
import { CARE_TEAM_ROLE_KEYS, KEY_WORKER_SIDE_KEYS, ORGANISATION_KIND_KEYS } from './care-team-roles.ts';
import { CHECK_IN_RHYTHMS } from './check-ins.ts';
import { CRISIS_CARER_ANSWERS } from './crisis.ts';
import {
  CONTACT_WAYS,
  HELP_ASKER_KINDS,
  HELP_EVENT_KINDS,
  HELP_PURPOSES,
  HELP_REQUEST_KINDS,
  HELP_URGENCIES,
  WORRY_ABOUT,
  WORRY_OUTCOMES,
} from './help.ts';
import { INVOLVEMENT_EVENTS, INVOLVEMENT_LEVELS } from './involvement-levels.ts';
import { ETHNICITY_KEYS, FEEDBACK_ABOUT, FEEDBACK_ASK_ABOUT, FEEDBACK_SHOWN_AS, YES_NO_PREFER_NOT } from './learning.ts';
import { MAIL_KINDS, MAIL_STATUSES } from './mail.ts';
import { ATTENDANCE, DECIDED_BY, MEETING_HELP_KINDS, MEETING_KINDS, PARENT_AGREES } from './meetings.ts';
import {
  AGREED_HOW_KEYS,
  HELPED_KEYS,
  NEED_DOMAIN_KEYS,
  NEED_IMPORTANCE_KEYS,
  NEED_RAISED_BY_KEYS,
  NEED_STATUS_KEYS,
  REFERRAL_STATUS_KEYS,
  SUPPORT_KIND_KEYS,
} from './needs.ts';
import { NOTIFICATION_KINDS } from './notifications.ts';
import { PERSON_KINDS, RELATIONSHIP_KINDS } from './people.ts';
import {
  AGREEMENT_POSITION_KEYS,
  CARER_RESPONSES,
  CHILD_WORDS_AUDIENCE_KEYS,
  CHILD_WORDS_PART_KEYS,
  DOCUMENT_KINDS,
  PLAN_ITEM_KINDS,
  SHAREABLE_DOCUMENT_KINDS,
  SUGGESTION_STATUSES,
  WELLNESS_SECTION_KEYS,
} from './plans.ts';
import { ENTRY_KIND_KEYS, INFORMATION_CATEGORY_KEYS, REPLY_KIND_KEYS, WITHHOLDING_REASON_KEYS, WITHHOLDING_SCOPES } from './records.ts';
import { KEPT_AS_WRITTEN_SUBJECTS } from './respectful-words.ts';
import {
  CONSENT_CATEGORY_KEYS,
  CONSENT_REQUEST_STATUSES,
  DISCLOSURE_ROUTES,
  EXPORT_STATUSES,
  LAWFUL_BASIS_KEYS,
  OVERRIDE_BASES,
} from './sharing.ts';
import { isOneOf } from './vocabularies.ts';

/** Which tuple each constrained column holds. A new CHECK list needs its tuple here, or this test fails. */
const TUPLE_FOR_COLUMN: Record<string, readonly string[]> = {
  'organisations.kind': ORGANISATION_KIND_KEYS,
  'staff.role': STAFF_ROLES,
  'families.involvement_level': INVOLVEMENT_LEVELS,
  'people.kind': PERSON_KINDS,
  'relationships.kind': RELATIONSHIP_KINDS,
  'involvement_history.level': INVOLVEMENT_LEVELS,
  'involvement_history.event': INVOLVEMENT_EVENTS,
  'care_team_members.key_worker': KEY_WORKER_SIDE_KEYS,
  'accounts.kind': ACCOUNT_KINDS,
  'sessions.stage': SESSION_STAGES,
  'audit_events.outcome': AUDIT_OUTCOMES,
  'record_entries.kind': ENTRY_KIND_KEYS,
  'record_entries.category': INFORMATION_CATEGORY_KEYS,
  'record_entries.withholding_scope': WITHHOLDING_SCOPES,
  'record_entries.withholding_reason': WITHHOLDING_REASON_KEYS,
  'record_entry_versions.category': INFORMATION_CATEGORY_KEYS,
  'safeguarding_overrides.categories': INFORMATION_CATEGORY_KEYS,
  'disclosures.categories': INFORMATION_CATEGORY_KEYS,
  'care_team_members.team_role': CARE_TEAM_ROLE_KEYS,
  'record_entry_replies.kind': REPLY_KIND_KEYS,
  'record_entry_replies.written_in': LOCALES,
  'closing_summary_replies.written_in': LOCALES,
  'notifications.kind': NOTIFICATION_KINDS,
  'feedback_asks.about_kind': FEEDBACK_ASK_ABOUT,
  'feedback.about_kind': FEEDBACK_ABOUT,
  'feedback.shown_as': FEEDBACK_SHOWN_AS,
  'feedback.written_in': LOCALES,
  'equity_answers.ethnicity': ETHNICITY_KEYS,
  'equity_answers.disability': YES_NO_PREFER_NOT,
  'equity_answers.financial_hardship': YES_NO_PREFER_NOT,
  'consents.category': CONSENT_CATEGORY_KEYS,
  'consent_requests.category': CONSENT_CATEGORY_KEYS,
  'consent_requests.status': CONSENT_REQUEST_STATUSES,
  'safeguarding_overrides.lawful_basis': OVERRIDE_BASES,
  'disclosures.via': DISCLOSURE_ROUTES,
  'disclosures.lawful_basis': LAWFUL_BASIS_KEYS,
  'subject_access_exports.status': EXPORT_STATUSES,
  'recovery_plan_items.kind': PLAN_ITEM_KINDS,
  'recovery_plan_items.category': INFORMATION_CATEGORY_KEYS,
  'recovery_plan_agreements.position': AGREEMENT_POSITION_KEYS,
  'plan_documents.kind': DOCUMENT_KINDS,
  'plan_documents.carer_response': CARER_RESPONSES,
  'plan_documents.crisis_service_keys': WELLNESS_SECTION_KEYS,
  'crisis_activation_people.carer_answer': CRISIS_CARER_ANSWERS,
  'plan_document_sections.category': INFORMATION_CATEGORY_KEYS,
  'plan_suggestions.status': SUGGESTION_STATUSES,
  'plan_shares.document_kind': SHAREABLE_DOCUMENT_KINDS,
  'child_words.part': CHILD_WORDS_PART_KEYS,
  'child_words.share_with': CHILD_WORDS_AUDIENCE_KEYS,
  'recovery_plan_items.written_in': LOCALES,
  'recovery_plan_ratings.written_in': LOCALES,
  'recovery_plan_agreements.written_in': LOCALES,
  'plan_document_sections.written_in': LOCALES,
  'plan_documents.carer_note_written_in': LOCALES,
  'child_words.written_in': LOCALES,
  'crisis_messages.written_in': LOCALES,
  'crisis_activations.start_reason_written_in': LOCALES,
  'crisis_activations.review_written_in': LOCALES,
  'crisis_activation_people.message_written_in': LOCALES,
  'crisis_activation_people.carer_note_written_in': LOCALES,
  'account_tokens.purpose': ACCOUNT_TOKEN_PURPOSES,
  'mail_outbox.kind': MAIL_KINDS,
  'mail_outbox.status': MAIL_STATUSES,
  'family_invitations.account_kind': INVITED_ACCOUNT_KINDS,
  'family_invitations.delivery': INVITATION_DELIVERIES,
  'help_requests.kind': HELP_REQUEST_KINDS,
  'help_requests.asker_kind': HELP_ASKER_KINDS,
  'help_requests.worry_about': WORRY_ABOUT,
  'help_requests.urgency': HELP_URGENCIES,
  'help_requests.contact_ways': CONTACT_WAYS,
  'help_requests.purpose': HELP_PURPOSES,
  'help_requests.worry_outcome': WORRY_OUTCOMES,
  'help_request_events.kind': HELP_EVENT_KINDS,
  'help_request_events.contact_way': CONTACT_WAYS,
  'check_in_settings.rhythm': CHECK_IN_RHYTHMS,
  'check_in_settings.written_in': LOCALES,
  'check_ins.written_in': LOCALES,
  'consents.written_in': LOCALES,
  'disclosures.written_in': LOCALES,
  'needs.domain': NEED_DOMAIN_KEYS,
  'people.preferred_language': LOCALES,
  'mail_outbox.language': LOCALES,
  'kept_as_written.subject_kind': KEPT_AS_WRITTEN_SUBJECTS,
  'needs.importance': NEED_IMPORTANCE_KEYS,
  'needs.raised_by': NEED_RAISED_BY_KEYS,
  'needs.category': INFORMATION_CATEGORY_KEYS,
  'needs.status': NEED_STATUS_KEYS,
  'need_supports.kind': SUPPORT_KIND_KEYS,
  'need_supports.helped': HELPED_KEYS,
  'need_supports.referral_status': REFERRAL_STATUS_KEYS,
  'need_supports.shared_categories': CONSENT_CATEGORY_KEYS,
  'need_supports.lawful_basis': LAWFUL_BASIS_KEYS,
  'need_supports.agreed_how': AGREED_HOW_KEYS,
  'referral_status_changes.status': REFERRAL_STATUS_KEYS,
  // Issue 16 §3 (0044): the language of what a family member writes about needs and asking for help.
  'needs.written_in': LOCALES,
  'needs.not_right_written_in': LOCALES,
  'need_supports.written_in': LOCALES,
  'need_supports.helped_written_in': LOCALES,
  'referral_status_changes.written_in': LOCALES,
  'person_barriers.written_in': LOCALES,
  'help_requests.written_in': LOCALES,
  'directory_services.domains': NEED_DOMAIN_KEYS,
  'appointments.kind': APPOINTMENT_KINDS,
  'appointments.status': APPOINTMENT_STATUSES,
  'appointments.cancel_reason_written_in': LOCALES,
  'appointment_options.proposed_by': OPTION_PROPOSERS,
  'appointment_options.status': OPTION_STATUSES,
  'appointment_options.written_in': LOCALES,
  'appointment_barriers.written_in': LOCALES,
  'appointments.meeting_kind': MEETING_KINDS,
  'meetings.help_kind': MEETING_HELP_KINDS,
  'meetings.help_written_in': LOCALES,
  'meetings.withholding_reason': WITHHOLDING_REASON_KEYS,
  'meeting_views.written_in': LOCALES,
  'meeting_attendance.attendance': ATTENDANCE,
  'meeting_decisions.decided_by': DECIDED_BY,
  'meeting_decisions.parent_view_written_in': LOCALES,
  'meeting_decisions.parent_agrees': PARENT_AGREES,
  'meeting_replies.written_in': LOCALES,
};

type ListCheck = { table: string; column: string; values: string[]; migration: string };

const MIGRATIONS = join(import.meta.dirname, '../../server/db/migrations');

/**
 * Every list CHECK the migrations leave standing, by constraint name: `column IN ('a', ...)` and, for arrays,
 * `column <@ ARRAY['a', ...]`. An unnamed column or table CHECK gets PostgreSQL's name, <table>_<column>_check;
 * DROP CONSTRAINT removes one and a later ADD CONSTRAINT of the same name replaces it, as in the database.
 */
function listChecks(files: { name: string; sql: string }[]): Map<string, ListCheck> {
  const checks = new Map<string, ListCheck>();
  for (const { name, sql } of files) {
    const statements = sql.replace(/--[^\n]*/g, '').split(';');
    for (const statement of statements) {
      const table = /^\s*(?:CREATE|ALTER)\s+TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(?:ONLY\s+)?([a-z_][a-z0-9_]*)/i.exec(statement)?.[1];
      if (!table) continue;
      for (const drop of statement.matchAll(/DROP\s+CONSTRAINT\s+(?:IF\s+EXISTS\s+)?([a-z_][a-z0-9_]*)/gi)) checks.delete(drop[1] ?? '');
      const lists =
        /(?:CONSTRAINT\s+([a-z_][a-z0-9_]*)\s+)?CHECK\s*\(\s*([a-z_][a-z0-9_]*)\s+(?:IN\s*\(([^)]*)\)|<@\s*ARRAY\s*\[([^\]]*)\])/gi;
      for (const [, constraint, column = '', inList, arrayList] of statement.matchAll(lists)) {
        const values = [...(inList ?? arrayList ?? '').matchAll(/'([^']*)'/g)].map((v) => v[1] ?? '');
        checks.set(constraint ?? `${table}_${column}_check`, { table, column, values, migration: name });
      }
    }
  }
  return checks;
}

const migrations = () =>
  readdirSync(MIGRATIONS)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({ name: file, sql: readFileSync(join(MIGRATIONS, file), 'utf8') }));

describe('one source per vocabulary', () => {
  const checks = [...listChecks(migrations()).values()];

  it('finds the list CHECKs in the migrations', () => {
    expect(checks.length).toBeGreaterThanOrEqual(Object.keys(TUPLE_FOR_COLUMN).length);
  });

  it('has a tuple in shared/domain for every list CHECK, holding exactly the values the database allows', () => {
    const problems: string[] = [];
    for (const check of checks) {
      const key = `${check.table}.${check.column}`;
      const tuple = TUPLE_FOR_COLUMN[key];
      if (!tuple) {
        problems.push(`${key} (${check.migration}) has a CHECK list but no tuple: add one in shared/domain and map it here`);
        continue;
      }
      const missing = check.values.filter((v) => !tuple.includes(v));
      const extra = tuple.filter((v) => !check.values.includes(v));
      if (missing.length) problems.push(`${key}: the database allows ${missing.join(', ')}, which the tuple lacks`);
      if (extra.length) problems.push(`${key}: the tuple has ${extra.join(', ')}, which ${check.migration} does not allow`);
    }
    expect(problems).toEqual([]);
  });

  it('maps only columns that the migrations constrain', () => {
    const constrained = new Set(checks.map((c) => `${c.table}.${c.column}`));
    expect(Object.keys(TUPLE_FOR_COLUMN).filter((key) => !constrained.has(key))).toEqual([]);
  });

  it('repeats no value within a tuple', () => {
    for (const [key, tuple] of Object.entries(TUPLE_FOR_COLUMN)) expect(new Set(tuple).size, key).toBe(tuple.length);
  });
});

describe('listChecks', () => {
  it('keeps the last definition of a constraint, by PostgreSQL’s default name or its own', () => {
    const checks = listChecks([
      { name: '1.sql', sql: "CREATE TABLE t (\n  kind text NOT NULL CHECK (kind IN ('a', 'b')), -- CHECK (x IN ('no'))\n  n int);" },
      {
        name: '2.sql',
        sql: "ALTER TABLE t DROP CONSTRAINT t_kind_check;\nALTER TABLE t ADD CONSTRAINT t_kind_check\n  CHECK (kind IN ('a',\n 'b', 'c'));",
      },
      {
        name: '3.sql',
        sql: "ALTER TABLE u ADD COLUMN tags text[] CHECK (tags <@ ARRAY['x', 'y']::text[]), ADD COLUMN n int CHECK (n > 0);",
      },
      { name: '4.sql', sql: "CREATE INDEX i ON t (kind) WHERE kind IN ('a');" },
    ]);
    expect([...checks.entries()]).toEqual([
      ['t_kind_check', { table: 't', column: 'kind', values: ['a', 'b', 'c'], migration: '2.sql' }],
      ['u_tags_check', { table: 'u', column: 'tags', values: ['x', 'y'], migration: '3.sql' }],
    ]);
  });

  it('forgets a dropped constraint', () => {
    const checks = listChecks([
      { name: '1.sql', sql: "CREATE TABLE t (kind text CHECK (kind IN ('a')));" },
      { name: '2.sql', sql: 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_kind_check;' },
    ]);
    expect(checks.size).toBe(0);
  });
});

describe('isOneOf', () => {
  it('accepts a value of the vocabulary and refuses anything else', () => {
    expect(isOneOf(INFORMATION_CATEGORY_KEYS, 'mental_health')).toBe(true);
    expect(isOneOf(INFORMATION_CATEGORY_KEYS, 'Mental health')).toBe(false);
    expect(isOneOf(INFORMATION_CATEGORY_KEYS, '')).toBe(false);
  });
});
