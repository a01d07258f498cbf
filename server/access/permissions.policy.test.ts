// The role policy as one table: every permission × every kind of actor, each cell an expected allow (Y) or deny
// (·), read by one loop against access/permissions.ts. A change to who may use what is a change to this table.
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { holdsPermission, PERMISSIONS, type Permission } from './permissions.ts';

const STAFF_ROLES = [
  'practitioner',
  'team_manager',
  'administrator',
  'information_governance_lead',
  'platform_administrator',
  'service_manager',
] as const;
// Compile-time: a new StaffRole that is not a column here fails the typecheck.
const everyRole: Record<StaffRole, true> = {
  practitioner: true,
  team_manager: true,
  administrator: true,
  information_governance_lead: true,
  platform_administrator: true,
  service_manager: true,
};

const COLUMNS = [...STAFF_ROLES, 'parent', 'young_person', 'network_member', 'other_parent', 'anonymous', 'system'] as const;
type Column = (typeof COLUMNS)[number];

// Columns, in order:  practitioner, team manager, administrator, IG lead, platform administrator, service manager | parent, young person, network member,
// other parent (issue 13 §6: a parent with parental responsibility who is not the parent the record is about) | anonymous | system
const POLICY: Record<Permission, string> = {
  public: '                   Y Y Y Y Y Y | Y Y Y Y | Y | Y',
  'session.own': '            Y Y Y Y Y Y | Y Y Y Y | · | Y',
  'families.list': '          Y Y Y Y · Y | · · · · | · | Y',
  'family.read': '            Y Y Y Y · Y | Y Y Y Y | · | Y',
  'family.edit': '            Y Y Y Y · Y | · · · · | · | Y',
  'care_team.manage': '       Y Y Y Y · Y | · · · · | · | Y',
  'staff.directory': '        Y Y Y Y · Y | · · · · | · | Y',
  'entries.read': '           Y Y Y Y · Y | · · · · | · | Y',
  'entries.write': '          Y Y Y Y · Y | · · · · | · | Y',
  'entries.hide_placeholder': '· Y · · · · | · · · · | · | Y',
  'notifications.read': '     Y Y Y Y Y Y | Y Y Y Y | · | Y',
  'glossary.manage': '        · · Y · · · | · · · · | · | Y',
  'portal.family.read': '     · · · · · · | Y Y Y Y | · | Y',
  'portal.record.read': '     · · · · · · | Y Y · Y | · | Y',
  'portal.reply': '           · · · · · · | Y Y · Y | · | Y',
  'portal.access_log.read': ' · · · · · · | Y Y · · | · | Y',
  'portal.sharing.read': '    · · · · · · | Y Y · · | · | Y',
  'portal.consent.manage': '  · · · · · · | Y Y · · | · | Y',
  'portal.export': '          · · · · · · | Y Y · Y | · | Y',
  'consent.request': '        Y Y Y Y · Y | · · · · | · | Y',
  'override.manage': '        Y Y · · · Y | · · · · | · | Y',
  'emergency_access.use': '   Y Y · · · Y | · · · · | · | Y',
  'governance.review': '      · · · Y · · | · · · · | · | Y',
  'export.download': '        Y Y Y Y · Y | Y Y · Y | · | Y',
  'plans.read': '             Y Y Y Y · Y | Y Y Y Y | · | Y',
  'plans.contribute': '       Y Y Y Y · Y | Y Y Y Y | · | Y',
  'plans.manage': '           Y Y Y Y · Y | · · · · | · | Y',
  'plans.share': '            · · · · · · | Y · · · | · | Y',
  'admin.staff.manage': '       · · Y · Y · | · · · · | · | Y',
  'admin.organisations.manage': '· · · · Y · | · · · · | · | Y',
  'admin.outbox.read': '        · · Y · Y · | · · · · | · | Y',
  'families.start': '           Y Y · · · Y | · · · · | · | Y',
  'family.invite': '            Y Y Y Y · Y | · · · · | · | Y',
  'involvement.close': '        Y Y Y Y · Y | · · · · | · | Y',
  'portal.network.manage': '    · · · · · · | Y · · · | · | Y',
  'portal.closing_summary': '   · · · · · · | Y · · · | · | Y',
  'help.ask': '                · · · · · · | Y Y Y Y | · | Y',
  'help.respond': '            Y Y Y Y · Y | · · · · | · | Y',
  'teams.duty.manage': '       · Y Y · · Y | · · · · | · | Y',
  'portal.check_in': '         · · · · · · | Y · · · | · | Y',
  'check_ins.read': '          Y Y Y Y · Y | · · · · | · | Y',
  'needs.read': '              Y Y Y Y · Y | · · · · | · | Y',
  'needs.write': '             Y Y Y Y · Y | · · · · | · | Y',
  'portal.needs': '            · · · · · · | Y Y · Y | · | Y',
  'portal.language': '         · · · · · · | Y Y Y Y | · | Y',
  'directory.search': '        Y Y Y Y · Y | Y Y Y Y | · | Y',
  'team.needs_view': '         · Y · · · · | · · · · | · | Y',
  'team.words_view': '         · Y · · · · | · · · · | · | Y',
  'team.meetings_view': '      · Y · · · · | · · · · | · | Y',
  'team.visits_view': '        · Y · · · · | · · · · | · | Y',
  // Issue 17: which appointments a worker reads is appointments.policy.ts's; the calendar is the parent's alone (a young
  // person, a trusted person and the other parent read nothing of her appointments).
  'appointments.read': '       Y Y Y Y · Y | · · · · | · | Y',
  'appointments.arrange': '    Y Y Y Y · Y | · · · · | · | Y',
  'portal.calendar': '         · · · · · · | Y · · · | · | Y',
  // Issue 17 §2: which meetings a worker reads and what they do there is meetings.policy.ts's; the parent reads the meetings
  // she is invited to, a young person only the ones about them (their own list), the other parent and a trusted person none.
  'meetings.read': '           Y Y Y Y · Y | · · · · | · | Y',
  'meetings.write': '          Y Y Y Y · Y | · · · · | · | Y',
  'portal.meetings': '         · · · · · · | Y · · · | · | Y',
  'portal.my_meetings': '      · · · · · · | · Y · · | · | Y',
  // Issue 18: feedback is given by the family and read by the worker it names; equity answers are each person's own;
  // insights are counts (a team manager her team, a service manager her organisation, a platform administrator all);
  // supervision is held by a manager with a worker in her line, and read by the worker.
  // The team's feedback words (never who said them) are a team manager's only: not a service manager's or a platform
  // administrator's, whose insights are counts.
  'team.feedback_view': '      · Y · · · · | · · · · | · | Y',
  'portal.feedback': '         · · · · · · | Y Y Y Y | · | Y',
  'feedback.own': '            Y Y Y Y · Y | · · · · | · | Y',
  'portal.equity': '           · · · · · · | Y Y · Y | · | Y',
  // Issue 19: the FHIR export, to anyone on the care team as they may see the family (care-team membership decides).
  'family.fhir_export': '      Y Y Y Y · Y | · · · · | · | Y',
  'insights.read': '           · Y · · Y Y | · · · · | · | Y',
  'supervision.hold': '        · Y · · · Y | · · · · | · | Y',
  'supervision.own': '         Y Y Y Y · Y | · · · · | · | Y',
};

function actorFor(column: Column): Actor {
  switch (column) {
    case 'parent':
    case 'young_person':
    case 'network_member':
      return { kind: column, accountId: 'account', personId: 'person', familyId: 'family', name: 'Someone', language: 'en' };
    case 'other_parent':
      return {
        kind: column,
        accountId: 'account',
        personId: 'person',
        familyId: 'family',
        name: 'Someone',
        language: 'en',
        childPersonIds: ['child'],
      };
    case 'anonymous':
      return { kind: 'anonymous' };
    case 'system':
      return { kind: 'system', reason: 'policy table' };
    default:
      return {
        kind: 'professional',
        accountId: 'account',
        staffId: 'staff',
        organisationId: 'organisation',
        organisationKind: 'adult_mental_health',
        role: column,
        name: 'Someone',
      };
  }
}

const cells = (row: string) => row.replace(/\|/g, ' ').trim().split(/\s+/);

describe('the permission table (access/permissions.ts)', () => {
  it('has a row for every permission and a column for every staff role and kind of actor', () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(Object.keys(everyRole).sort()).toEqual([...STAFF_ROLES].sort());
    for (const [permission, row] of Object.entries(POLICY)) {
      expect(cells(row), permission).toHaveLength(COLUMNS.length);
      for (const cell of cells(row)) expect(['Y', '·'], `${permission}: "${cell}"`).toContain(cell);
    }
  });

  const table = Object.entries(POLICY).flatMap(([permission, row]) =>
    cells(row).map((cell, i) => [permission as Permission, COLUMNS[i] as Column, cell === 'Y'] as const),
  );
  it.each(table)('%s × %s → %s', (permission, column, allowed) => {
    expect(holdsPermission(actorFor(column), permission)).toBe(allowed);
  });
});
