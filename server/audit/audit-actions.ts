// The one catalogue of audit actions: for each, its plain words for a family member, whether it reads or
// changes, the shape of its details, and whether the family sees it in "Who has looked" and in their export.
import { z } from 'zod';

/**
 * Whether a family member is shown an event (in "Who has looked" and in their subject access export, which
 * is the same list), decided per action and, where it depends on what the event is about, on that subject
 * as it is now (audit/family-view.ts turns these into one SQL condition):
 * - `no`: never (sign-ins, governance, other families' lists, refusals).
 * - `yes`: to a parent and a young person.
 * - `entry`: only while the viewer may reach the entry it is about, so nothing is said about an entry
 *   whose placeholder a team manager hid (nor the hiding itself), nor to a young person about an entry
 *   that is not theirs to see.
 * - `override`: to a parent, and only once they have been told of the safeguarding override: while
 *   "telling would put someone at risk" stands, nothing of it shows.
 * - `consent`: to a parent; to a young person only for consents about themselves.
 * - `parent`: to a parent only (requests to share, emergency access: the parent is the one told).
 * - `own`: only to the person it is about (their subject access export).
 * - `meeting`: to a parent, about a meeting the family is invited to (never a professionals' meeting; issue 17 §2).
 */
export type FamilySees = 'no' | 'yes' | 'entry' | 'override' | 'consent' | 'parent' | 'own' | 'meeting';

export type AuditActionDefinition = {
  /** What a family member reads in "Who has looked" (said of the person who did it). */
  words: string;
  kind: 'read' | 'change';
  /** Details kept with the event. Never the words of an entry, a plan or a child. */
  details: z.ZodType;
  family: FamilySees;
};

// Details are strict: a field not listed here is refused by the writer, so nothing new slips into the log.
const none = z.strictObject({});
const str = z.string().max(2000);
const id = z.string().max(100);
const count = z.strictObject({ count: z.number().int().nonnegative() });
const note = z.strictObject({ note: str.optional() });
const kind = z.strictObject({ kind: str });
const version = z.number().int();
const planShare = z.strictObject({
  kind: str.optional(),
  section: str.nullable().optional(),
  recipientPersonId: id.nullable().optional(),
  recipientStaffId: id.nullable().optional(),
});

const define = <A extends Record<`${string}.${string}`, AuditActionDefinition>>(actions: A) => actions;

export const AUDIT_ACTIONS = define({
  // Sessions and the request pipeline.
  'access.denied': {
    words: 'Was refused',
    kind: 'read',
    details: z.strictObject({ attempted: str.optional(), route: str.optional(), reason: str.optional() }),
    family: 'no',
  },
  // The database did not answer in time (a statement or lock timeout): refused with 503, nothing saved.
  'request.timed_out': {
    words: 'Could not be answered in time',
    kind: 'read',
    details: z.strictObject({
      reason: z.enum(['statement_timeout', 'lock_timeout', 'idle_in_transaction_timeout']),
      method: str,
      route: str,
    }),
    family: 'no',
  },
  'session.signed_in': { words: 'Signed in', kind: 'change', details: z.strictObject({ secondFactor: str.optional() }), family: 'no' },
  'session.password_accepted': { words: 'Gave their password', kind: 'change', details: none, family: 'no' },
  'session.second_factor_failed': { words: 'Gave a wrong sign-in code', kind: 'change', details: none, family: 'no' },
  'session.sign_in_failed': {
    words: 'Could not sign in',
    kind: 'change',
    details: z.strictObject({ username: str.optional(), reason: str.optional() }),
    family: 'no',
  },
  'session.code_replayed': { words: 'Used a sign-in code a second time', kind: 'change', details: z.looseObject({}), family: 'no' },
  'session.signed_out': { words: 'Signed out', kind: 'change', details: none, family: 'no' },
  'session.expired': { words: 'Was signed out after a while', kind: 'change', details: z.strictObject({ reason: str }), family: 'no' },
  // Accounts (issue 13): invitations and letters accepted, passwords, second factors and recovery codes. Never a token,
  // a code or a password in the details.
  'account.token_refused': {
    words: 'Used a sign-in link that no longer works',
    kind: 'change',
    details: z.strictObject({ purpose: str.optional(), reason: z.enum(['unknown', 'expired', 'used', 'cancelled', 'closed']) }),
    family: 'no',
  },
  'account.welcome_password_chosen': {
    words: 'Chose a password',
    kind: 'change',
    details: z.strictObject({ purpose: str, usernameChanged: z.boolean(), sessionsEnded: z.number().int() }),
    family: 'no',
  },
  'account.authenticator_shown': { words: 'Started setting up an authenticator app', kind: 'change', details: none, family: 'no' },
  'account.authenticator_enrolled': { words: 'Set up an authenticator app', kind: 'change', details: none, family: 'no' },
  'account.authenticator_removed': { words: 'Removed their authenticator app', kind: 'change', details: none, family: 'no' },
  'account.authenticator_failed': {
    words: 'Gave a wrong code setting up an authenticator app',
    kind: 'change',
    details: none,
    family: 'no',
  },
  'account.welcome_finished': {
    words: 'Finished setting up their account',
    kind: 'change',
    details: z.strictObject({ purpose: str, secondFactor: z.boolean() }),
    family: 'no',
  },
  'account.password_changed': {
    words: 'Changed their password',
    kind: 'change',
    details: z.strictObject({ how: z.enum(['changed', 'reset']), sessionsEnded: z.number().int() }),
    family: 'no',
  },
  'account.password_change_failed': {
    words: 'Could not change their password',
    kind: 'change',
    details: z.strictObject({ reason: z.enum(['wrong_password', 'weak_password', 'rate_limited']) }),
    family: 'no',
  },
  'account.password_reset_requested': {
    words: 'Asked to choose a new password',
    kind: 'change',
    details: z.strictObject({ accounts: z.number().int(), mailed: z.number().int(), limited: z.boolean() }),
    family: 'no',
  },
  'account.recovery_codes_made': { words: 'Made new recovery codes', kind: 'change', details: none, family: 'no' },
  'account.recovery_code_used': {
    words: 'Signed in with a recovery code',
    kind: 'change',
    details: z.strictObject({ left: z.number().int() }),
    family: 'no',
  },
  'account.mail_choice_changed': {
    words: 'Changed whether Umbrella emails them when there is something new',
    kind: 'change',
    details: z.strictObject({ mailSomethingNew: z.boolean() }),
    family: 'no',
  },

  // Families, people and the care team.
  'families.listed': { words: 'Looked at a list of families', kind: 'read', details: count, family: 'no' },
  'family.viewed': { words: 'Looked at your family’s page', kind: 'read', details: none, family: 'yes' },
  'portal.family_viewed': { words: 'Looked at your family’s page', kind: 'read', details: none, family: 'yes' },
  'child.viewed': { words: 'Looked at a child’s page', kind: 'read', details: none, family: 'yes' },
  'person.added': { words: 'Added someone to the family', kind: 'change', details: none, family: 'yes' },
  'person.updated': { words: 'Changed someone’s details', kind: 'change', details: none, family: 'yes' },
  'relationship.added': { words: 'Added a relationship', kind: 'change', details: kind, family: 'yes' },
  'relationship.removed': { words: 'Removed a relationship', kind: 'change', details: none, family: 'yes' },
  'household.added': { words: 'Added a household', kind: 'change', details: z.strictObject({ confidential: z.boolean() }), family: 'yes' },
  'household.updated': { words: 'Changed a household', kind: 'change', details: none, family: 'yes' },
  'dependants.asked_none': { words: 'Recorded that an adult has no children or dependants', kind: 'change', details: none, family: 'yes' },
  'involvement.changed': {
    words: 'Changed the children’s services involvement',
    kind: 'change',
    details: z.strictObject({ from: str, to: str }),
    family: 'yes',
  },
  'care_team.member_added': {
    words: 'Added someone to the care team',
    kind: 'change',
    details: z.strictObject({ teamRole: str, keyWorker: str.nullable() }),
    family: 'yes',
  },
  'care_team.member_removed': {
    words: 'Removed someone from the care team',
    kind: 'change',
    details: z.strictObject({ reason: str }),
    family: 'yes',
  },

  // Starting a family, inviting its members and the people they trust, the end of involvement (issue 13, H5).
  // A check in a family the caller cannot see is shown to its parent: someone asked whether they were known.
  'intake.duplicate_checked': {
    words: 'Checked whether you were already known to a service',
    kind: 'read',
    details: z.strictObject({ outcome: z.enum(['your_family', 'elsewhere', 'none']), people: z.number().int() }),
    family: 'parent',
  },
  'family.started': {
    words: 'Started your family’s record',
    kind: 'change',
    details: z.strictObject({
      people: z.number().int().optional(),
      children: z.number().int().optional(),
      keyWorker: str.nullable().optional(),
      retried: z.boolean().optional(),
    }),
    family: 'yes',
  },
  'family_accounts.listed': { words: 'Looked at who in your family can sign in', kind: 'read', details: none, family: 'yes' },
  // Only the person invited sees it: a young person may be invited without the parent being told (the reason goes to
  // the information governance lead), and a sign-in letter is the account holder's own business.
  'family_member.invited': {
    words: 'Sent you an invitation or a sign-in letter for Umbrella',
    kind: 'change',
    details: z.strictObject({ accountKind: str, delivery: str, parentTold: z.boolean(), existingAccount: z.boolean() }),
    family: 'own',
  },
  'young_person_invitation.reviewed': {
    words: 'Checked an invitation',
    kind: 'change',
    details: none,
    family: 'no',
  },
  'trusted_people.listed': { words: 'Looked at the people you trust', kind: 'read', details: count, family: 'parent' },
  'network_member.invited': {
    words: 'Invited someone they trust',
    kind: 'change',
    details: z.strictObject({ delivery: str }),
    family: 'parent',
  },
  'network_member.access_ended': {
    words: 'Ended the access of someone they trusted',
    kind: 'change',
    details: z.strictObject({ sessionsEnded: z.number().int(), sharesEnded: z.number().int() }),
    family: 'parent',
  },
  'involvement.closed': {
    words: 'Closed the service’s work with your family',
    kind: 'change',
    details: z.strictObject({ teamReadDays: z.number().int(), labelsKept: z.number().int() }),
    family: 'yes',
  },
  'involvement.reopened': { words: 'Started working with your family again', kind: 'change', details: none, family: 'yes' },
  'closing_summary.viewed': { words: 'Read the closing summary', kind: 'read', details: none, family: 'yes' },
  'closing_summary.replied': { words: 'Replied to the closing summary', kind: 'change', details: none, family: 'yes' },
  // Asking for help (issue 14 §1): about the person who asked (subject: their person), so only they see these in
  // "Who has looked" — a young person's request is his, and a worry stays with whoever raised it. Never the words.
  'help_requests.viewed': { words: 'Looked at your requests for help', kind: 'read', details: count, family: 'own' },
  'help_request.created': {
    words: 'Asked for help or raised a worry',
    kind: 'change',
    details: z.strictObject({ request: id, kind: str, urgency: str, recipients: z.number().int(), retried: z.boolean() }),
    family: 'own',
  },
  'help_settings.viewed': { words: 'Looked at who you want to hear from', kind: 'read', details: none, family: 'own' },
  'help_settings.changed': { words: 'Chose who you want to hear from', kind: 'change', details: count, family: 'own' },
  'help_requests.listed': { words: 'Looked at the family’s requests for help', kind: 'read', details: count, family: 'parent' },
  'help_request.viewed': { words: 'Read your request for help', kind: 'read', details: z.strictObject({ request: id }), family: 'own' },
  'help_request.acknowledged': {
    words: 'Answered your request for help',
    kind: 'change',
    details: z.strictObject({ request: id, worryOutcome: str.optional() }),
    family: 'own',
  },
  'help_request.contact_arranged': {
    words: 'Arranged to be in touch about your request for help',
    kind: 'change',
    details: z.strictObject({ request: id, way: str }),
    family: 'own',
  },
  'help_request.passed': {
    words: 'Asked a colleague to help with your request',
    kind: 'change',
    details: z.strictObject({ request: id }),
    family: 'own',
  },
  'help_request.escalated': {
    words: 'Asked someone else to answer your request, as nobody had yet',
    kind: 'change',
    details: z.strictObject({ request: id, step: str, to: z.number().int() }),
    family: 'own',
  },
  'raised_worry.reviewed': {
    words: 'Checked a worry that was not told to the parent',
    kind: 'change',
    details: none,
    family: 'no',
  },
  'team.duty_worker_set': {
    words: 'Chose a team’s duty worker',
    kind: 'change',
    details: z.strictObject({ dutyStaffId: id.nullable() }),
    family: 'no',
  },

  // Needs and support (issue 15 §1): a need is about one person, shown as the record's entries are (family: 'parent'
  // for what the parent reads, 'own' for a young person's own). Never the words.
  // -- needs actions --
  'needs.viewed': { words: 'Looked at what would help your family', kind: 'read', details: count, family: 'parent' },
  'need.added': {
    words: 'Wrote down something that would help',
    kind: 'change',
    details: z.strictObject({ person: id, raisedBy: str, retried: z.boolean() }),
    family: 'parent',
  },
  'person.language_chosen': {
    words: 'Chose the language for their pages',
    kind: 'change',
    details: z.strictObject({ language: z.enum(['en', 'cy', 'pl', 'ur']) }),
    family: 'own',
  },
  'need.edited': { words: 'Changed something that would help', kind: 'change', details: z.strictObject({ status: str }), family: 'parent' },
  'need.not_right': { words: 'Said “that’s not right” about something written down', kind: 'change', details: none, family: 'parent' },
  'barriers.saved': {
    words: 'Wrote down what makes support hard to get to',
    kind: 'change',
    details: z.strictObject({ person: id }),
    family: 'parent',
  },
  'need_support.added': {
    words: 'Wrote down support offered or found',
    kind: 'change',
    details: z.strictObject({ support: id, kind: str }),
    family: 'parent',
  },
  'need_support.updated': {
    words: 'Wrote down when support started or ended',
    kind: 'change',
    details: z.strictObject({ support: id }),
    family: 'parent',
  },
  'need_support.helped': {
    words: 'Said whether support helped',
    kind: 'change',
    details: z.strictObject({ support: id, helped: str }),
    family: 'parent',
  },
  // Visits and appointments arranged with the family (issue 17 §1, §3): shown to the parent, whose calendar they are
  // (the worker's own calendar file is not about one family). Never the words.
  // -- appointment actions --
  'calendar.viewed': { words: 'Looked at your calendar', kind: 'read', details: count, family: 'own' },
  'calendar.downloaded': { words: 'Downloaded your calendar', kind: 'read', details: count, family: 'own' },
  'appointments.viewed': { words: 'Looked at your visits and appointments', kind: 'read', details: count, family: 'parent' },
  'appointment.viewed': {
    words: 'Looked at a visit or appointment',
    kind: 'read',
    details: z.strictObject({ appointment: id, file: z.boolean() }),
    family: 'parent',
  },
  'appointment.proposed': {
    words: 'Offered times for a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id, kind: str, options: z.number().int(), retried: z.boolean() }),
    family: 'parent',
  },
  'appointment.time_suggested': {
    words: 'Suggested another time for a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id }),
    family: 'parent',
  },
  'appointment.times_offered': {
    words: 'Offered new times for a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id, options: z.number().int() }),
    family: 'parent',
  },
  'appointment.agreed': {
    words: 'Agreed a time for a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id, by: z.enum(['worker', 'family']) }),
    family: 'parent',
  },
  'appointment.cancelled': {
    words: 'Cancelled a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id, by: z.enum(['worker', 'family']) }),
    family: 'parent',
  },
  'appointment.unannounced_recorded': {
    words: 'Wrote down a visit that was not arranged with you first',
    kind: 'change',
    details: z.strictObject({ appointment: id, retried: z.boolean() }),
    family: 'parent',
  },
  'appointment.happened': {
    words: 'Wrote down that a visit or appointment took place',
    kind: 'change',
    details: z.strictObject({ appointment: id }),
    family: 'parent',
  },
  'appointment.reminded': {
    words: 'Sent a reminder the day before a visit or appointment',
    kind: 'change',
    details: z.strictObject({ appointment: id }),
    family: 'no',
  },
  'appointment_barriers.saved': {
    words: 'Wrote down what makes appointments hard',
    kind: 'change',
    details: none,
    family: 'parent',
  },
  'appointments.downloaded': {
    words: 'Downloaded their own calendar of visits',
    kind: 'read',
    details: z.strictObject({ count: z.number().int().nonnegative(), families: z.number().int().nonnegative() }),
    family: 'no',
  },
  // A meeting's record (issue 17 §2, modules/meetings/record): who came, decisions, actions into the plan, the minutes.
  // Not in the family's "Who has looked": a professionals' meeting's record must not show there (it may be withheld), and an
  // action's showing cannot depend on the meeting; what was recorded reaches the parent on the meeting's page and in her
  // notifications. Her own reply to the minutes is hers ('own'). Never the words.
  // -- meeting record actions --
  'meeting.attendance_recorded': {
    words: 'Wrote down who came to a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, people: z.number().int() }),
    family: 'no',
  },
  'meeting.decision_recorded': {
    words: 'Wrote down a decision made at a meeting',
    kind: 'change',
    details: z.strictObject({
      meeting: id,
      decision: id,
      decidedBy: str,
      involvementLevel: str.nullable(),
      aboutPeople: z.number().int(),
      retried: z.boolean(),
    }),
    family: 'no',
  },
  'meeting.action_recorded': {
    words: 'Put an action agreed at a meeting in the family plan',
    kind: 'change',
    details: z.strictObject({ meeting: id, planItem: id, retried: z.boolean() }),
    family: 'no',
  },
  'meeting.minutes_saved': {
    words: 'Wrote the minutes of a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, version }),
    family: 'no',
  },
  'meeting.minutes_shared': {
    words: 'Shared the minutes of a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, familyTold: z.boolean() }),
    family: 'no',
  },
  'meeting.minutes_replied': {
    words: 'Replied to the minutes of a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, reply: id, retried: z.boolean() }),
    family: 'own',
  },
  'meeting.minutes_reminded': {
    words: 'Reminded the chair that a meeting’s minutes are late',
    kind: 'change',
    details: z.strictObject({ meeting: id, dueOn: str }),
    family: 'no',
  },
  // The team manager's count of late minutes (issue 17 §2): the team's chairs, never a family.
  'team_visits.viewed': {
    words: 'Looked at how many visits the team made unannounced',
    kind: 'read',
    details: z.strictObject({ team: id, months: z.number().int(), total: z.number().int() }),
    family: 'no',
  },
  'team_minutes.viewed': {
    words: 'Looked at the team’s meetings whose minutes are late',
    kind: 'read',
    details: z.strictObject({ team: id, total: z.number().int() }),
    family: 'no',
  },
  // Meetings done with the family (issue 17 §2, modules/meetings): about the meeting (subject 'meeting', its id), shown to the
  // parent when the family is invited to it (audit/family-view.ts), never of a professionals' meeting. Never the words.
  // -- meeting actions --
  'meeting.viewed': { words: 'Looked at a meeting', kind: 'read', details: z.strictObject({ meeting: id }), family: 'meeting' },
  'meetings.viewed': { words: 'Looked at your meetings', kind: 'read', details: count, family: 'own' },
  'meeting.arranged': {
    words: 'Arranged a meeting with you',
    kind: 'change',
    details: z.strictObject({ meeting: id, kind: str, options: z.number().int(), shortNotice: z.boolean(), retried: z.boolean() }),
    family: 'meeting',
  },
  'meeting_view.saved': {
    words: 'Wrote a view for a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, person: id, forPerson: z.boolean() }),
    family: 'meeting',
  },
  'meeting_report.saved': {
    words: 'Wrote their report for a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, report: id }),
    family: 'no',
  },
  'meeting_report.shared': {
    words: 'Shared their report for a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, report: id, late: z.boolean() }),
    family: 'meeting',
  },
  'meeting.help_asked': {
    words: 'Asked for help to get to a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, kind: str }),
    family: 'meeting',
  },
  'meeting_reply.added': {
    words: 'Replied about a meeting',
    kind: 'change',
    details: z.strictObject({ meeting: id, report: id.nullable(), retried: z.boolean() }),
    family: 'meeting',
  },
  // Keeping a professionals' meeting from the parent (P1) is never shown to her.
  'meeting.withholding_changed': {
    words: 'Changed whether a meeting of the workers is kept from the family',
    kind: 'change',
    details: z.strictObject({ meeting: id, withheld: z.boolean() }),
    family: 'no',
  },
  // The service directory (issue 15 §2): not family data.
  // -- directory actions --
  // Searching and reading the directory is not audited; a family member's saved list is theirs ('own').
  'directory_service.saved': {
    words: 'Saved a service from the directory',
    kind: 'change',
    details: z.strictObject({ service: str }),
    family: 'own',
  },
  'directory_service.unsaved': {
    words: 'Took a service off their saved list',
    kind: 'change',
    details: z.strictObject({ service: str }),
    family: 'own',
  },
  // The team's view of the gap (issue 15 §4): counts only, never a family.
  'team_needs.viewed': {
    words: 'Looked at the team’s numbers of needs and support',
    kind: 'read',
    details: z.strictObject({ team: id, from: str, to: str, csv: z.boolean() }),
    family: 'no',
  },
  // The team manager's counts of words kept as written (issue 16 §1): numbers only, never a worker or a family.
  'team_words.viewed': {
    words: 'Looked at how often the team kept words the respectful-language check found',
    kind: 'read',
    details: z.strictObject({ team: id, months: z.number().int() }),
    family: 'no',
  },
  // Referrals (issue 15 §3) and the team's view of the gap (§4).
  // -- referral actions --
  'referral.sent': {
    words: 'Made a referral to a service, sharing what was agreed',
    kind: 'change',
    details: z.strictObject({ support: id, service: id, categories: z.array(str), lawfulBasis: str, retried: z.boolean() }),
    family: 'parent',
  },
  'referral.status_changed': {
    words: 'Said where a referral is now',
    kind: 'change',
    details: z.strictObject({ support: id, status: str }),
    family: 'parent',
  },
  'referral.chase_reminded': {
    words: 'Reminded a worker to chase a referral',
    kind: 'change',
    details: z.strictObject({ support: id }),
    family: 'no',
  },

  // The record.
  'entries.listed': { words: 'Looked at the list of what is written', kind: 'read', details: count, family: 'yes' },
  'entry.viewed': { words: 'Read something written about you', kind: 'read', details: none, family: 'entry' },
  'entry.created': {
    words: 'Wrote something new',
    kind: 'change',
    details: z.strictObject({
      kind: str.optional(),
      category: str.optional(),
      withheld: str.nullable().optional(),
      retried: z.boolean().optional(),
    }),
    family: 'entry',
  },
  'entry.edited': {
    words: 'Corrected something written',
    kind: 'change',
    details: z.strictObject({ version: version.optional(), category: str.optional() }),
    family: 'entry',
  },
  'entry.withholding_changed': {
    words: 'Changed what is kept from you',
    kind: 'change',
    details: z.strictObject({ scope: str.nullable(), reason: str.nullable(), reviewOn: str.nullable() }),
    family: 'entry',
  },
  'entry.placeholder_hidden': {
    words: 'Changed what is kept from you',
    kind: 'change',
    details: z.strictObject({ reason: str }),
    family: 'entry',
  },
  'entry.marked_in_error': {
    words: 'Marked something as written in error',
    kind: 'change',
    details: z.strictObject({ reason: str }),
    family: 'entry',
  },
  'entry.replied': { words: 'Answered a reply', kind: 'change', details: kind, family: 'entry' },
  'portal.record_viewed': {
    words: 'Looked at the record',
    kind: 'read',
    details: z.strictObject({ count: z.number().int().nonnegative(), searched: z.boolean() }),
    family: 'yes',
  },
  'portal.entry_replied': { words: 'Added their view', kind: 'change', details: kind, family: 'entry' },
  'portal.access_log_viewed': { words: 'Looked at this list', kind: 'read', details: none, family: 'yes' },

  // Consent and sharing.
  'sharing.viewed': { words: 'Looked at who your information is shared with', kind: 'read', details: none, family: 'yes' },
  'portal.sharing_viewed': { words: 'Looked at who your information is shared with', kind: 'read', details: none, family: 'yes' },
  'consent.granted': {
    words: 'Agreed to share some information',
    kind: 'change',
    details: z.strictObject({ category: str, recipient: str }),
    family: 'consent',
  },
  'consent.withdrawn': {
    words: 'Stopped sharing some information',
    kind: 'change',
    details: z.strictObject({ category: str }),
    family: 'consent',
  },
  'consent.expired': {
    words: 'An agreement to share came to its end',
    kind: 'change',
    details: z.strictObject({ key: str.nullable() }),
    family: 'parent',
  },
  'consent.requested': {
    words: 'Asked you to agree to share some information',
    kind: 'change',
    details: z.strictObject({ category: str }),
    family: 'parent',
  },
  'consent.request_accepted': { words: 'Said yes to a request to share', kind: 'change', details: none, family: 'parent' },
  'consent.request_declined': { words: 'Said no to a request to share', kind: 'change', details: none, family: 'parent' },
  'override.started': {
    words: 'Shared information without your agreement, to keep someone safe',
    kind: 'change',
    details: z.strictObject({ categories: z.array(str), told: z.boolean() }),
    family: 'override',
  },
  'override.renewed': {
    words: 'Kept sharing information without your agreement for longer',
    kind: 'change',
    details: z.strictObject({ endsAt: str, justification: str }),
    family: 'override',
  },
  'override.ended': { words: 'Stopped sharing information without your agreement', kind: 'change', details: none, family: 'override' },
  'override.reviewed': { words: 'Checked a share made without your agreement', kind: 'change', details: note, family: 'override' },
  'override.released_to_parent': {
    words: 'Told you about a share made without your agreement',
    kind: 'change',
    details: note,
    family: 'override',
  },
  'emergency_access.started': {
    words: 'Opened your family’s record in an emergency',
    kind: 'change',
    details: z.strictObject({ reason: str, endsAt: str }),
    family: 'parent',
  },
  'emergency_access.ended': {
    words: 'Emergency access to your family’s record ended',
    kind: 'change',
    details: z.strictObject({ staffId: id.optional(), reason: str.optional() }),
    family: 'parent',
  },
  'emergency_access.refused': {
    words: 'Was refused emergency access',
    kind: 'change',
    details: z.strictObject({ reason: str, families: z.number().int() }),
    family: 'no',
  },
  'emergency_access.reviewed': { words: 'Checked an emergency access', kind: 'change', details: note, family: 'parent' },
  'subject_access.requested': {
    words: 'Asked for a copy of everything held',
    kind: 'change',
    details: z.strictObject({ exportId: id }),
    family: 'own',
  },
  'subject_access.produced': { words: 'Made a copy of everything held', kind: 'change', details: none, family: 'own' },
  'subject_access.downloaded': { words: 'Downloaded a copy of everything held', kind: 'read', details: none, family: 'own' },

  // Plans.
  'recovery_plan.viewed': {
    words: 'Looked at the family plan',
    kind: 'read',
    details: z.strictObject({ parts: z.array(str).optional() }),
    family: 'yes',
  },
  'recovery_plan.started': { words: 'Started the family plan', kind: 'change', details: none, family: 'yes' },
  'recovery_plan.settings_changed': { words: 'Changed the family plan’s review date', kind: 'change', details: none, family: 'yes' },
  'recovery_plan.item_added': {
    words: 'Added to the family plan',
    kind: 'change',
    details: z.strictObject({ kind: str, category: str.optional() }),
    family: 'yes',
  },
  'recovery_plan.item_changed': {
    words: 'Changed part of the family plan',
    kind: 'change',
    details: z.strictObject({ kind: str, version: version, category: str.optional() }),
    family: 'yes',
  },
  'recovery_plan.item_removed': { words: 'Took something out of the family plan', kind: 'change', details: none, family: 'yes' },
  'recovery_plan.rated': {
    words: 'Gave their rating in the family plan',
    kind: 'change',
    details: z.strictObject({ score: z.number(), version }),
    family: 'yes',
  },
  'recovery_plan.agreement_recorded': {
    words: 'Said whether they agree with the family plan',
    kind: 'change',
    details: z.strictObject({ position: str, version }),
    family: 'yes',
  },
  'recovery_plan.reviewed': { words: 'Reviewed the family plan', kind: 'change', details: z.strictObject({ version }), family: 'yes' },
  'recovery_plan.version_viewed': {
    words: 'Looked at an earlier version of the family plan',
    kind: 'read',
    details: z.strictObject({ version }),
    family: 'yes',
  },
  'recovery_plan.versions_compared': {
    words: 'Compared versions of the family plan',
    kind: 'read',
    details: z.strictObject({ from: version, to: version }),
    family: 'yes',
  },
  // Issue 14 §3: the crisis plan in action. Hers: the parent is shown who read and did what (a young person is not).
  'crisis_plan.viewed': {
    words: 'Looked at your crisis plan in action (only what is for them)',
    kind: 'read',
    details: z.strictObject({ crises: z.array(z.strictObject({ id, as: str })) }),
    family: 'parent',
  },
  'crisis_plan.message_written': {
    words: 'Wrote what to tell someone when your crisis plan is in use',
    kind: 'change',
    details: z.strictObject({ recipientPersonId: id.nullable(), recipientStaffId: id.nullable() }),
    family: 'parent',
  },
  'crisis_plan.services_marked': {
    words: 'Chose which parts of your plan crisis services can read',
    kind: 'change',
    details: z.strictObject({ sections: z.array(str) }),
    family: 'parent',
  },
  'crisis_plan.started': {
    words: 'Started your crisis plan',
    kind: 'change',
    details: z.strictObject({
      told: z.number().int().nonnegative().optional(),
      carers: z.number().int().nonnegative().optional(),
      byWorker: z.boolean().optional(),
      alreadyInUse: z.boolean().optional(),
    }),
    family: 'parent',
  },
  'crisis_plan.ended': { words: 'Said your crisis plan is no longer needed', kind: 'change', details: none, family: 'parent' },
  'crisis_plan.carer_answered': {
    words: 'Said whether they can look after the children now',
    kind: 'change',
    details: z.strictObject({ answer: str }),
    family: 'parent',
  },
  'crisis_plan.reviewed': {
    words: 'Looked back at your crisis plan',
    kind: 'change',
    details: z.strictObject({ done: z.boolean(), shared: z.boolean() }),
    family: 'parent',
  },
  'plans.viewed': {
    words: 'Looked at the plans (only the parts shared with them)',
    kind: 'read',
    details: z.strictObject({ documents: z.array(z.strictObject({ id, kind: str, sections: z.array(str) })) }),
    family: 'yes',
  },
  'plan.started': { words: 'Started a plan', kind: 'change', details: kind, family: 'yes' },
  'plan.section_written': { words: 'Wrote in a plan', kind: 'change', details: z.strictObject({ kind: str, section: str }), family: 'yes' },
  'plan.suggestion_made': {
    words: 'Suggested words for your plan',
    kind: 'change',
    details: z.strictObject({ section: str }),
    family: 'yes',
  },
  'plan.suggestion_accepted': {
    words: 'Took a suggestion into the plan',
    kind: 'change',
    details: z.strictObject({ suggestion: id }),
    family: 'yes',
  },
  'plan.suggestion_declined': {
    words: 'Said no to a suggestion',
    kind: 'change',
    details: z.strictObject({ suggestion: id }),
    family: 'yes',
  },
  'plan.carer_named': {
    words: 'Named who would look after a child',
    kind: 'change',
    details: z.strictObject({ carer: id.nullable().optional(), askedOn: str.nullable().optional() }),
    family: 'yes',
  },
  'plan.carer_answered': {
    words: 'Answered whether they will look after a child',
    kind: 'change',
    details: z.strictObject({ response: str }),
    family: 'yes',
  },
  'plan.explanation_agreed': { words: 'Agreed what a child is told', kind: 'change', details: none, family: 'yes' },
  'plan.shared': { words: 'Shared part of a plan', kind: 'change', details: planShare, family: 'yes' },
  'plan.unshared': { words: 'Stopped sharing part of a plan', kind: 'change', details: planShare, family: 'yes' },
  // Issue 14 §1: a parent's own check-ins, seen only by her and the workers she chose (never the children).
  'check_ins.viewed': { words: 'Looked at check-ins', kind: 'read', details: count, family: 'parent' },
  'check_in.recorded': {
    words: 'Said how things are',
    kind: 'change',
    details: z.strictObject({ sharedWith: z.number().int().nonnegative() }),
    family: 'parent',
  },
  'check_in.settings_changed': { words: 'Changed when to be asked how things are', kind: 'change', details: none, family: 'parent' },
  'child_words.viewed': { words: 'Read the children’s own words shared with them', kind: 'read', details: count, family: 'yes' },
  'child_words.added': {
    words: 'Kept a child’s own words',
    kind: 'change',
    details: z.strictObject({ part: str, shareWith: z.array(str) }),
    family: 'yes',
  },
  'child_words.sharing_changed': {
    words: 'Changed who can read a child’s words',
    kind: 'change',
    details: z.strictObject({ shareWith: z.array(str) }),
    family: 'yes',
  },

  // The service itself.
  'governance.queue_viewed': { words: 'Looked at the review queue', kind: 'read', details: none, family: 'no' },
  'governance.audit_searched': {
    words: 'Searched the audit log',
    kind: 'read',
    details: z.strictObject({
      familyId: id.optional(),
      personId: id.optional(),
      accountId: id.optional(),
      from: str.optional(),
      to: str.optional(),
      limit: z.number().int().optional(),
      format: z.enum(['json', 'csv']),
      found: z.number().int(),
    }),
    family: 'no',
  },
  'governance.chain_verified': {
    words: 'Checked the audit log for tampering',
    kind: 'read',
    details: z.strictObject({ ok: z.boolean(), events: z.number().int() }),
    family: 'no',
  },
  'governance.checkpoint_viewed': { words: 'Looked at the audit log’s latest checkpoint', kind: 'read', details: none, family: 'no' },
  'glossary.term_added': { words: 'Added a word to the glossary', kind: 'change', details: none, family: 'no' },
  'glossary.term_updated': { words: 'Changed a word in the glossary', kind: 'change', details: none, family: 'no' },
  'demo.loaded': {
    words: 'Loaded the demo families',
    kind: 'change',
    details: z.strictObject({ families: z.number().int() }),
    family: 'no',
  },
  // The administrator console (modules/admin): organisations, teams and workers' accounts. About no family.
  'organisation.created': { words: 'Added an organisation', kind: 'change', details: kind, family: 'no' },
  'team.created': { words: 'Added a team', kind: 'change', details: none, family: 'no' },
  'team.renamed': { words: 'Renamed a team', kind: 'change', details: none, family: 'no' },
  'staff.created': {
    words: 'Added a worker',
    kind: 'change',
    details: z.strictObject({ role: str, emailed: z.boolean() }),
    family: 'no',
  },
  'staff.updated': {
    words: 'Changed a worker’s details',
    kind: 'change',
    details: z.strictObject({ changed: z.array(str), roleFrom: str.optional(), roleTo: str.optional() }),
    family: 'no',
  },
  'staff.invitation_sent': { words: 'Invited a worker', kind: 'change', details: z.strictObject({ emailed: z.boolean() }), family: 'no' },
  'staff.deactivated': {
    words: 'Deactivated a worker’s account',
    kind: 'change',
    details: z.strictObject({ sessionsEnded: z.number().int() }),
    family: 'no',
  },
  'staff.reactivated': { words: 'Reactivated a worker’s account', kind: 'change', details: none, family: 'no' },
  // The reason is required and kept: resetting someone's second factor is how an account is taken over.
  'staff.second_factor_reset': {
    words: 'Reset a worker’s second factor',
    kind: 'change',
    details: z.strictObject({ reason: str, sessionsEnded: z.number().int() }),
    family: 'no',
  },
  'mail_outbox.viewed': { words: 'Read the mail outbox', kind: 'read', details: count, family: 'no' },
  // Checks of the audit log itself (its tests, operational probes): about no family.
  'audit.tested': {
    words: 'Checked the audit log',
    kind: 'change',
    details: z.strictObject({ n: z.number().int().optional(), probe: str.optional() }),
    family: 'no',
  },
  // Issue 18 (P15): a learning organisation. Each part's actions stay in its own section.
  // -- feedback actions (modules/feedback) --
  // The family's feedback (issue 18 §1): about the person who gave it (subject: their person), so only they see these, as
  // their own export does; never the words or the answers. A worker's and a manager's reads are of no one family.
  'feedback.viewed': { words: 'Looked at your feedback', kind: 'read', details: count, family: 'own' },
  'feedback.given': {
    words: 'Gave feedback',
    kind: 'change',
    details: z.strictObject({ about: str, shownAs: str, retried: z.boolean() }),
    family: 'own',
  },
  'feedback.skipped': { words: 'Chose not to give feedback this time', kind: 'change', details: none, family: 'own' },
  'feedback.own_read': { words: 'Read the feedback families gave them', kind: 'read', details: count, family: 'no' },
  'feedback.team_read': { words: 'Read their team’s feedback from families', kind: 'read', details: count, family: 'no' },
  // -- end feedback actions --
  // -- equity actions (modules/equity) --
  // A family member's own equity answers (subject: their person). Never the answers themselves, only how many are
  // answered. Shown to nobody in the family: only the person acts on them, and her own actions are not listed back to
  // her, while anyone else being told "Jamie answered" would already say too much.
  'equity.viewed': { words: 'Looked at their answers about themselves', kind: 'read', details: none, family: 'no' },
  'equity.answered': {
    words: 'Changed their answers about themselves',
    kind: 'change',
    details: z.strictObject({ answered: z.number().int().min(0).max(4) }),
    family: 'no',
  },
  // -- end equity actions --
  // -- insights actions (modules/insights) --
  // A manager's insights (issue 18 §2): counts across a caseload, never a family; which insight, whose caseload, how broken down.
  'insights.read': {
    words: 'Looked at insights across a caseload',
    kind: 'read',
    details: z.strictObject({
      insight: str,
      scope: z.enum(['team', 'organisation', 'installation']),
      team: id.optional(),
      organisation: id.optional(),
      breakdown: str,
      from: str,
      to: str,
    }),
    family: 'no',
  },
  'insights.exported': {
    words: 'Downloaded insights across a caseload',
    kind: 'read',
    details: z.strictObject({
      insight: str,
      scope: z.enum(['team', 'organisation', 'installation']),
      team: id.optional(),
      organisation: id.optional(),
      breakdown: str,
      from: str,
      to: str,
    }),
    family: 'no',
  },
  // -- end insights actions --
  // -- supervision actions (modules/supervision) --
  // Never shown to a family and never with the words: ids only. The notes and prompts are the two people's and the
  // worker's managers', so a family's "Who has looked" and subject access export leave them out (family: 'no').
  'supervisions.listed': { words: 'Looked at a list of supervision', kind: 'read', details: count, family: 'no' },
  'supervision.started': {
    words: 'Started supervision with a worker',
    kind: 'change',
    details: z.strictObject({ workerStaffId: id, retried: z.boolean().optional() }),
    family: 'no',
  },
  'supervision.viewed': { words: 'Read supervision notes', kind: 'read', details: z.strictObject({ workerStaffId: id }), family: 'no' },
  'supervision.notes_saved': { words: 'Saved supervision notes', kind: 'change', details: z.strictObject({ version }), family: 'no' },
  'supervision.family_saved': {
    words: 'Saved supervision notes about a family',
    kind: 'change',
    details: z.strictObject({ familyId: id, version }),
    family: 'no',
  },
  'supervision.decision_written': {
    words: 'Linked a decision from supervision to the entry written in the record',
    kind: 'change',
    details: z.strictObject({ familyId: id, entryId: id }),
    family: 'no',
  },
  'supervision.signals_viewed': {
    words: 'Looked at a worker’s wellbeing signals',
    kind: 'read',
    details: z.strictObject({ workerStaffId: id }),
    family: 'no',
  },
  // -- end supervision actions --
  // -- manager notice actions (issue 18 §4) --
  // -- end manager notice actions --
  // Issue 19: FHIR R4. Each part's actions stay in its own section.
  // -- fhir export actions (modules/fhir, export) --
  // The family's record sent to another system as FHIR R4 (a disclosure, listed on the parent's sharing page too).
  'family.fhir_exported': {
    words: 'Sent your family’s information to another service’s computer system',
    kind: 'change',
    details: z.strictObject({
      resources: z.number().int().nonnegative(),
      patients: z.number().int().nonnegative(),
      categories: z.number().int().nonnegative(),
      lawfulBasis: str,
    }),
    family: 'parent',
  },
  // -- end fhir export actions --
  // -- fhir referral actions (modules/fhir, import) --
  // A FHIR referral Bundle received (POST /api/referrals/fhir), whatever came of it: counts only, never a name. The
  // family it started (or a retry found) is the event's family; a refused Bundle or a possible duplicate names none.
  // Not shown to the family: they see intake's own 'family.started' (“Started your family’s record”) for the same start.
  'referral.fhir_received': {
    words: 'Brought in a referral from another service’s system to start a family',
    kind: 'change',
    details: z.strictObject({
      outcome: z.enum(['created', 'retried', 'invalid', 'possible_duplicate', 'key_reused']),
      entries: z.number().int().nonnegative(),
      people: z.number().int().nonnegative().optional(),
      children: z.number().int().nonnegative().optional(),
      problems: z.number().int().nonnegative().optional(),
    }),
    family: 'no',
  },
  // -- end fhir referral actions --
});

/** Every audit action there is: the catalogue's keys, so the writer takes no other. */
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);

/** The actions a family member may be shown under one rule. */
export function actionsWhere(family: FamilySees): AuditAction[] {
  return (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((a) => AUDIT_ACTIONS[a].family === family);
}

/** What a family member reads for an action (an unknown one, from an older release, in general words). */
export function familyWords(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].words : 'Looked at or changed the record';
}

/** Refuses an event the catalogue does not know, or whose details do not match its schema. */
export function checkAuditEvent(action: string, details: Record<string, unknown> | undefined): void {
  if (!isAuditAction(action)) throw new Error(`Audit action ${action} is not in server/audit/audit-actions.ts: add it there.`);
  const parsed = AUDIT_ACTIONS[action].details.safeParse(details ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || (i as { keys?: string[] }).keys?.join(', ') || i.code).join('; ');
    throw new Error(
      `Audit details for ${action} do not match server/audit/audit-actions.ts (${fields}): change the event or the catalogue.`,
    );
  }
}
