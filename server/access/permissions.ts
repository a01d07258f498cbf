// Every permission a route can require, and which kinds of actor hold it: the whole authorisation
// policy in one table, snapshotted by a test so any change shows up for review.
import type { StaffRole } from '../db/schema.ts';
import type { Actor, FamilyMemberActor } from './actor.ts';

export const PERMISSIONS = {
  /** Anyone, signed in or not: health checks, the sign-in steps, the API document. */
  public: 'Anyone',
  /** Anyone with a session, including one waiting for its second factor. */
  'session.own': 'The holder of the session',
  'families.list': 'Professionals: list the families whose care team they are on',
  'family.read': 'Read one family’s overview: professionals on its care team, or members of that family',
  'family.edit': 'Professionals on the family’s care team: change people, relationships, households, involvement',
  'care_team.manage':
    'Professionals on the family’s care team: add and remove team members (only its key workers and team managers; see care-teams)',
  'staff.directory': 'Professionals: find colleagues in any agency to add to a care team',
  'entries.read': 'Professionals on the family’s care team: read record entries, withheld parts included',
  'entries.write':
    'Professionals on the family’s care team: record entries and answer them as the team; correct, re-categorise, withhold or mark in error only as the author or a named role of the author’s agency (access/entry-policy.ts)',
  'entries.hide_placeholder':
    'Team managers on the care team: hide even that an entry of their own agency is withheld (audited; access/entry-policy.ts)',
  'notifications.read': 'Anyone signed in: their own notifications',
  'glossary.manage': 'Administrators: edit the glossary',
  'portal.family.read': 'Parents, other parents, young people and network members: read their own family',
  'portal.record.read': 'Parents, other parents and young people: read what is written about them that they may see',
  'portal.reply': 'Parents, other parents and young people: add their view to an entry they can see',
  'portal.access_log.read': 'Parents and young people: see who has looked at their family’s record',
  'portal.sharing.read': 'Parents and young people: who can see which kinds of their information, and every share',
  'portal.consent.manage': 'Parents: grant and withdraw consent, answer requests; young people: consent for their own information',
  'portal.export': 'Parents, other parents and young people: a copy of everything held about them',
  'consent.request': 'Professionals on the care team: ask the parent for consent',
  'override.manage': 'Practitioners and team managers on the care team: share without consent to protect someone',
  'emergency_access.use': 'Practitioners and team managers: read one family’s record in an emergency (audited)',
  'governance.review': 'Information governance leads: review queue, audit search and export, chain status and its latest checkpoint',
  'export.download': 'Whoever asked for an export: download it',
  'plans.read': 'The care team and the family: read the parts of the plans each may see (access/plan-access.ts decides)',
  'plans.contribute': 'The care team and the family: write, rate and agree where access/plan-access.ts allows; children’s own words',
  'plans.manage': 'Professionals on the care team: start the recovery plan, review it, suggest words for a parent’s plan',
  'plans.share': 'Parents: choose who sees which parts of their plans and the children’s plans',
  'families.start':
    'Practitioners and team managers: check whether someone is already known, and start a family (only adult mental health, children’s services, health and education; modules/intake)',
  'family.invite':
    'Professionals on the care team: invite the family’s parents and young people, and print sign-in letters (only its key workers and team managers; modules/family-accounts)',
  'involvement.close':
    'Professionals on the care team: close the service’s involvement with a summary (key workers) and reopen it (key workers and team managers; modules/involvement)',
  'portal.network.manage': 'Parents: invite the people they trust and end their access',
  'portal.check_in': 'Parents: their own check-ins ("How are things?"), how often to be asked, and who sees them',
  'check_ins.read': 'Professionals on the care team: the check-ins a parent chose to show them, and no others',
  'portal.closing_summary': 'Parents: read the closing summary written for the family and reply to it',
  'admin.staff.manage':
    'Administrators: their own organisation’s teams and staff (add, change, deactivate, invite, reset a second factor); platform administrators: every organisation’s (modules/admin)',
  'admin.organisations.manage': 'Platform administrators: add organisations',
  'help.ask':
    'Parents, young people, other parents and network members: ask for help or raise a worry, see their own requests and every answer (modules/help)',
  'help.respond':
    'Professionals on the care team: the family’s requests for help, one request with what the parent shared with them, and the responses (modules/help)',
  'teams.duty.manage': 'Team managers and administrators: choose their own agency’s teams’ duty workers (modules/help)',
  'needs.read':
    'Professionals on the care team: the family’s needs, the support offered and received, referrals and practical barriers, each need by the category rule of the record (modules/support)',
  'needs.write':
    'Professionals on the care team: add a need with a family member, record support offered, practical barriers, make a referral with the parent’s agreement and record where it stands (modules/support)',
  'portal.needs':
    'Parents, other parents and young people: their own needs (and a parent her children’s), “that’s not right”, practical barriers, support found, referrals to self-referral services and “did it help” (modules/support)',
  'directory.search': 'Anyone signed in with family work: search the service directory; family members save services for themselves',
  'team.needs_view':
    'Team managers: across their team’s caseload, the needs families raise against the support provided, with small numbers suppressed (modules/support)',
  'team.words_view':
    'Team managers: how often their team kept words the respectful-language check found, by word and month; never by worker or family (modules/words)',
  'portal.language':
    'Family members: choose the language of their own pages, letters and printed plans (their own person only; modules/auth)',
  'appointments.read':
    'Professionals on the care team: the family’s visits and appointments that appointments.policy.ts lets them read (their own, their agency’s, all for a key worker), as a list, one, or a calendar file; their own calendar file (modules/appointments)',
  'appointments.arrange':
    'Professionals on the care team: propose a visit or appointment with times, answer the family’s suggestion, cancel with a reason, record an unannounced visit or that it happened, and what makes appointments hard (modules/appointments)',
  'portal.calendar':
    'Parents: their calendar of visits and appointments (coming and past) and its calendar file, choose or suggest a time, cancel with a reason, what makes appointments hard (modules/appointments)',
  'team.meetings_view': 'Team managers: their team’s meetings whose minutes are late, counted by chair (modules/meetings/record)',
  'team.feedback_view':
    'Team managers: what families told their team (named and for the team only), by month and worker, never who said it (modules/feedback)',
  'team.visits_view': 'Team managers: how many visits their team made unannounced, counted by worker over a period (modules/appointments)',
  'meetings.read':
    'Professionals on the care team: a meeting that meetings.policy.ts lets them read (the appointments’ rule, or they chair it), with every shared report and their own draft (modules/meetings)',
  'meetings.write':
    'Professionals on the care team: arrange a meeting and, where meetings.policy.ts allows, write a family member’s view for them, their own report and share it, keep a professionals’ meeting from the family, record it and write its minutes (modules/meetings)',
  'portal.meetings':
    'Parents: a meeting they are invited to (a professionals’ meeting only as a fact once it happened), their view, asking for help to get there, replies to reports and minutes (modules/meetings)',
  'portal.my_meetings':
    'Young people: the meetings about them that the family is invited to (kind, when, where) and their own view (modules/meetings)',
  'portal.feedback':
    'Family members: answer or skip a request for feedback after a contact, visit or meeting, give feedback at any time, and see their own (modules/feedback)',
  'feedback.own': 'Professionals: the feedback families gave about their own work with their name, over time (modules/feedback)',
  'portal.equity':
    'Parents, other parents and young people: answer, change or clear their own equity questions (ethnicity, first language, disability, money worries), all optional (modules/equity)',
  'family.fhir_export':
    'Professionals on a family’s care team: the family as they may see it, in FHIR R4, for another system (a disclosure the parent sees)',
  'insights.read':
    'Team managers (their team), service managers (their organisation) and platform administrators (every organisation): counts across a caseload, never a family, small numbers shown as “fewer than 5” (modules/insights)',
  'supervision.hold':
    'Team and service managers: hold reflective supervision with a worker whose manager they are, and read its notes (modules/supervision)',
  'supervision.own': 'Professionals: their own supervision notes and wellbeing signals (modules/supervision)',
  'admin.outbox.read':
    'Administrators: the mail waiting to go or sent to their own organisation’s staff; platform administrators: to every organisation’s staff',
} as const;

export type Permission = keyof typeof PERMISSIONS;

const PROFESSIONAL_PERMISSIONS: readonly Permission[] = [
  'families.list',
  'family.invite',
  'involvement.close',
  'family.read',
  'family.edit',
  'care_team.manage',
  'staff.directory',
  'entries.read',
  'entries.write',
  'notifications.read',
  'consent.request',
  'export.download',
  'plans.read',
  'plans.contribute',
  'plans.manage',
  'help.respond',
  'check_ins.read',
  'needs.read',
  'needs.write',
  'directory.search',
  'appointments.read',
  'appointments.arrange',
  'meetings.read',
  'meetings.write',
  'feedback.own',
  'supervision.own',
  'family.fhir_export',
];
const ROLE_PERMISSIONS: Partial<Record<StaffRole, readonly Permission[]>> = {
  practitioner: ['override.manage', 'emergency_access.use', 'families.start'],
  team_manager: [
    'entries.hide_placeholder',
    'override.manage',
    'emergency_access.use',
    'families.start',
    'teams.duty.manage',
    'team.needs_view',
    'team.words_view',
    'team.meetings_view',
    'team.visits_view',
    'team.feedback_view',
    'insights.read',
    'supervision.hold',
  ],
  // Issue 18: a service manager works with families like a team manager, and reads insights across her organisation.
  service_manager: ['override.manage', 'emergency_access.use', 'families.start', 'teams.duty.manage', 'insights.read', 'supervision.hold'],
  administrator: ['glossary.manage', 'admin.staff.manage', 'admin.outbox.read', 'teams.duty.manage'],
  information_governance_lead: ['governance.review'],
  // No professional permission on families: a platform administrator runs the installation and sees no family.
  platform_administrator: ['notifications.read', 'admin.staff.manage', 'admin.organisations.manage', 'admin.outbox.read', 'insights.read'],
};
/** Roles that hold none of PROFESSIONAL_PERMISSIONS: only their own row of ROLE_PERMISSIONS. */
const NO_FAMILY_WORK: readonly StaffRole[] = ['platform_administrator'];
const FAMILY_PERMISSIONS: Record<FamilyMemberActor['kind'], readonly Permission[]> = {
  parent: [
    'notifications.read',
    'portal.language',
    'family.read',
    'portal.family.read',
    'portal.record.read',
    'portal.reply',
    'portal.access_log.read',
    'portal.sharing.read',
    'portal.consent.manage',
    'portal.export',
    'export.download',
    'plans.read',
    'plans.contribute',
    'plans.share',
    'portal.network.manage',
    'portal.closing_summary',
    'help.ask',
    'portal.check_in',
    'portal.needs',
    'directory.search',
    'portal.calendar',
    'portal.meetings',
    'portal.feedback',
    'portal.equity',
  ],
  young_person: [
    'notifications.read',
    'portal.language',
    'family.read',
    'portal.family.read',
    'portal.record.read',
    'portal.reply',
    'portal.access_log.read',
    'portal.sharing.read',
    'portal.consent.manage',
    'portal.export',
    'export.download',
    'plans.read',
    'plans.contribute',
    'help.ask',
    'portal.needs',
    'directory.search',
    'portal.my_meetings',
    'portal.feedback',
    'portal.equity',
  ],
  network_member: [
    'notifications.read',
    'portal.language',
    'family.read',
    'portal.family.read',
    'plans.read',
    'plans.contribute',
    'help.ask',
    'directory.search',
    'portal.feedback',
  ],
  // A parent who is not the parent the record is about (issue 13 §6): what concerns his children and himself
  // (scope.ts#entryVisible, plan-access.ts), his own export; never the parent's consents, sharing page or "Who has
  // looked" (those events are mostly about her), nor her sharing choices or the people she trusts.
  other_parent: [
    'notifications.read',
    'portal.language',
    'family.read',
    'portal.family.read',
    'portal.record.read',
    'portal.reply',
    'portal.export',
    'export.download',
    'plans.read',
    'plans.contribute',
    'help.ask',
    'portal.needs',
    'directory.search',
    'portal.feedback',
    'portal.equity',
  ],
};

/** Whether this actor may use a route needing `permission` at all; which family is checked by the scope. */
export function holdsPermission(actor: Actor, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (actor.kind === 'anonymous') return false;
  if (permission === 'session.own') return true;
  switch (actor.kind) {
    case 'professional':
      return (
        (!NO_FAMILY_WORK.includes(actor.role) && PROFESSIONAL_PERMISSIONS.includes(permission)) ||
        (ROLE_PERMISSIONS[actor.role] ?? []).includes(permission)
      );
    case 'parent':
    case 'young_person':
    case 'network_member':
    case 'other_parent':
      return FAMILY_PERMISSIONS[actor.kind].includes(permission);
    case 'system':
      return true;
  }
}
