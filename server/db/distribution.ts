// The plan for running Umbrella on Citus (distributed PostgreSQL), keyed by family: where every table goes, and why.
// distribution.test.ts holds the migrated schema to it; ARCHITECTURE.md "Ready to shard by family (Citus)" explains it.

/**
 * - `family`: distributed by the family's id and co-located with `families` (distributed by its `id`), so everything one
 *   family holds is on one shard and a transaction inside `withFamily`/`readFamily` touches one node.
 * - `reference`: small, read everywhere, written rarely; copied to every node, so any shard may join it or point at it.
 * - `own key`: distributed by another column and not co-located with families; `colocateWith` names a table of the
 *   same group when the two are used together (an audit stream's events and its head).
 * - `coordinator`: stays a plain table on the coordinator.
 */
export type Placement =
  | { kind: 'family'; column: 'family_id' | 'id'; reason: string }
  | { kind: 'reference'; reason: string }
  | { kind: 'own key'; column: string; colocateWith?: string; reason: string }
  | { kind: 'coordinator'; reason: string };

const family = (reason: string): Placement => ({ kind: 'family', column: 'family_id', reason });
const reference = (reason: string): Placement => ({ kind: 'reference', reason });

/** One entry per table, each group in foreign-key order (a table after the tables it points at): the order of the move. */
export const DISTRIBUTION: Record<string, Placement> = {
  // Reference tables: the organisation, its people and its shared lists.
  organisations: reference('A handful of rows; every team and member of staff points at one.'),
  teams: reference('Tens per council; care teams, insights and notifications join them.'),
  staff: reference('Thousands per council; named beside almost every family row (44 foreign keys point at staff or accounts).'),
  accounts: reference('Sign-in looks an account up by name before any family is known, and 44 family tables point at it.'),
  account_tokens: reference(
    'Invitations and password resets: rare writes, looked up by token hash and by id (two unique keys, so no one column could shard it).',
  ),
  directory_organisations: reference('The service directory: shared by every family, changed by a few editors.'),
  directory_services: reference('The service directory: shared by every family, changed by a few editors.'),
  directory_saved_services: reference('A professional or parent saves a few services; it points at accounts and the directory.'),
  glossary_terms: reference('The shared word list, read by every page.'),
  supervisions: reference('A supervision discusses several families (supervision_families points at it); monthly per worker.'),

  // The family and everything that belongs to it.
  families: { kind: 'family', column: 'id', reason: 'The family itself: its id is the distribution column of every family table.' },
  households: family('The family’s households.'),
  people: family('The family’s people.'),
  appointment_barriers: family('What makes appointments hard for the family.'),
  appointments: family('The family’s visits and appointments.'),
  appointment_options: family('Times offered for an appointment.'),
  care_team_members: family('Who works with the family: the access check reads it inside the family’s transaction.'),
  check_in_settings: family('The family’s check-in settings.'),
  check_ins: family('Check-ins by the family’s members.'),
  child_words: family('A child’s own words.'),
  involvement_closures: family('The family’s involvement closures.'),
  closing_summary_replies: family('Replies to a closing summary.'),
  consent_requests: family('Requests to share, answered by the family.'),
  consents: family('The family’s consents.'),
  plan_documents: family('The family’s plans.'),
  crisis_activations: family('A crisis plan put into action.'),
  crisis_activation_people: family('Who was told when a crisis plan started.'),
  crisis_messages: family('The crisis plan’s messages.'),
  disclosures: family('Disclosures and their decisions.'),
  emergency_accesses: family('Break-glass access to one family (its primary key includes family_id since migration 0057).'),
  equity_answers: family('The family’s equity answers.'),
  family_invitations: family('Invitations for the family’s members.'),
  family_summaries: family('The maintained summary a professional’s list shows, one row per family.'),
  feedback_asks: family('Requests for feedback.'),
  feedback: family('Feedback given by the family’s members (its idempotency key includes family_id since 0057).'),
  help_requests: family('Requests for help.'),
  help_request_events: family('What happened to a request for help.'),
  help_settings: family('The family’s help settings.'),
  involvement_history: family('The family’s involvement history.'),
  kept_as_written: family('Kept-as-written confirmations (unique per family, subject and version since 0057).'),
  meetings: family('Meetings with the family.'),
  meeting_decisions: family('A meeting’s decisions.'),
  meeting_actions: family('A meeting’s actions.'),
  meeting_attendance: family('Who came to a meeting.'),
  meeting_reports: family('Reports for a meeting.'),
  meeting_replies: family('Replies to a meeting.'),
  meeting_views: family('Views given for a meeting.'),
  needs: family('The family’s needs.'),
  need_supports: family('Support offered for a need.'),
  person_barriers: family('What makes contact hard for a person.'),
  plan_document_sections: family('A plan’s sections.'),
  plan_shares: family('Who a plan is shared with.'),
  plan_suggestions: family('Suggestions made for a plan.'),
  record_entries: family('The whole-family record.'),
  record_entry_replies: family('Replies to a record entry.'),
  record_entry_versions: family('Earlier versions of a record entry.'),
  recovery_plans: family('A parent’s recovery plan.'),
  recovery_plan_agreements: family('Agreements to a recovery plan.'),
  recovery_plan_items: family('A recovery plan’s items.'),
  recovery_plan_ratings: family('Ratings of a recovery plan.'),
  recovery_plan_versions: family('Frozen versions of a recovery plan.'),
  referral_status_changes: family('The referral’s status changes.'),
  relationships: family('How the family’s people are related.'),
  safeguarding_overrides: family('Safeguarding overrides of the family’s choices.'),
  subject_access_exports: family('A person’s copy of their record (its primary key includes family_id since 0057).'),
  supervision_families: family('The families a supervision discussed.'),

  // Distributed by a key of their own.
  audit_stream_heads: {
    kind: 'own key',
    column: 'stream',
    reason: 'The chain is per stream: a stream’s head and its events must be on one shard for the one-statement append.',
  },
  audit_events: {
    kind: 'own key',
    column: 'stream',
    colocateWith: 'audit_stream_heads',
    reason: 'Chained per stream, appended with its head in one statement; a family’s events spread over the streams.',
  },
  sessions: { kind: 'own key', column: 'id', reason: 'Every request looks its session up by id (the cookie), before any family is known.' },
  family_start_keys: {
    kind: 'own key',
    column: 'started_by_staff_id',
    reason: 'A “Start a family” retry key is the sender’s: looked up by (staff, key) before the family is known (0058).',
  },
  rate_limits: { kind: 'own key', column: 'key', reason: 'Counted by key (an account or address); no family involved.' },
  recovery_codes: {
    kind: 'own key',
    column: 'account_id',
    reason: 'Read and used per account at sign-in; the primary key starts with account_id.',
  },
  mail_outbox: {
    kind: 'own key',
    column: 'id',
    reason: 'Mail to staff and families alike; the sender claims due rows on every shard (SKIP LOCKED works per shard).',
  },
  notifications: {
    kind: 'own key',
    column: 'id',
    reason:
      'For staff or family accounts, with or without a family (family_id is nullable); read per recipient, which fans out. A deduplicated one’s id is made from its dedupe key (0059), so the primary key deduplicates.',
  },

  schema_migrations: { kind: 'coordinator', reason: 'Which migrations ran: read by the migrator on the coordinator only.' },
};

/**
 * What breaks the plan today, each with the change made at the move (not before: on one server each still does its
 * job). The test fails on any other breach, and on any of these once fixed, so this list only shrinks.
 */
export const CHANGES_AT_THE_MOVE: Record<string, string> = {
  'reference-points-elsewhere accounts.accounts_family_id_fkey':
    'Dropped: Citus refuses a reference table pointing at a distributed one; the family’s own transaction makes the account.',
  'reference-points-elsewhere accounts.accounts_family_id_person_id_fkey':
    'Dropped, as above: the account’s person is written by the family’s transaction that makes the account.',
  'own-key-points-elsewhere notifications.notifications_family_id_fkey':
    'Dropped: a notification is not on its family’s shard; the notification keeps the id as a link only.',
};

/** The Citus calls that move an empty, migrated database, in order (after CHANGES_AT_THE_MOVE). */
export function citusCalls(plan: Record<string, Placement> = DISTRIBUTION): string[] {
  const calls: string[] = [];
  const entries = Object.entries(plan);
  for (const [table, p] of entries) if (p.kind === 'reference') calls.push(`SELECT create_reference_table('${table}');`);
  for (const [table, p] of entries) {
    if (p.kind !== 'family') continue;
    calls.push(
      table === 'families'
        ? `SELECT create_distributed_table('families', 'id');`
        : `SELECT create_distributed_table('${table}', '${p.column}', colocate_with => 'families');`,
    );
  }
  for (const [table, p] of entries) {
    if (p.kind !== 'own key') continue;
    calls.push(`SELECT create_distributed_table('${table}', '${p.column}', colocate_with => '${p.colocateWith ?? 'none'}');`);
  }
  return calls;
}
