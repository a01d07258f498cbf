// Table-driven: every role and relationship to a worker and a supervision, against every supervision action.
import { describe, expect, it } from 'vitest';
import { maySupervise, type StaffFacts, type SupervisionAction } from './supervision.policy.ts';

const ORG = 'org-council';
const OTHER_ORG = 'org-trust';
const TEAM = 'team-12';
const OTHER_TEAM = 'team-16';

const worker: StaffFacts = { staffId: 'priya', role: 'practitioner', teamId: TEAM, organisationId: ORG };
const held = { supervisorStaffId: 'angela' };

type Row = [relationship: string, viewer: StaffFacts | null, allowed: SupervisionAction[]];
const ALL: SupervisionAction[] = ['start', 'read', 'write', 'write_decision_entry', 'signals'];

const staff = (staffId: string, role: StaffFacts['role'], teamId: string | null, organisationId = ORG): StaffFacts => ({
  staffId,
  role,
  teamId,
  organisationId,
});

const TABLE: Row[] = [
  ['the worker', worker, ['read', 'write', 'write_decision_entry', 'signals']],
  ['the supervisor, still the worker’s team manager', staff('angela', 'team_manager', TEAM), ['start', 'read', 'write', 'signals']],
  ['the supervisor, now managing another team', staff('angela', 'team_manager', OTHER_TEAM), ['read', 'write']],
  ['a later team manager of the worker’s team', staff('nadia', 'team_manager', TEAM), ['start', 'read', 'signals']],
  ['another team’s manager', staff('omar', 'team_manager', OTHER_TEAM), []],
  ['a team manager with no team', staff('omar', 'team_manager', null), []],
  ['a service manager of the same organisation', staff('sam', 'service_manager', null), ['start', 'read', 'signals']],
  ['a service manager of another organisation', staff('sam', 'service_manager', null, OTHER_ORG), []],
  ['a colleague in the same team', staff('tom', 'practitioner', TEAM), []],
  ['an information governance lead in the same team', staff('ruth', 'information_governance_lead', TEAM), []],
  ['an administrator in the same team', staff('alex', 'administrator', TEAM), []],
  ['a platform administrator', staff('jordan', 'platform_administrator', TEAM), []],
  ['a family member', null, []],
];

describe('who may start, read and write supervision', () => {
  for (const [relationship, viewer, allowed] of TABLE) {
    for (const action of ALL) {
      const expected = allowed.includes(action);
      it(`${relationship}: ${action} → ${expected ? 'allowed' : 'refused'}`, () => {
        const supervision = action === 'start' || action === 'signals' ? null : held;
        expect(maySupervise(viewer, worker, action, supervision)).toBe(expected);
      });
    }
  }

  it('nobody holds supervision with themselves, even a manager', () => {
    const manager = staff('angela', 'team_manager', TEAM);
    expect(maySupervise(manager, manager, 'start')).toBe(false);
    expect(maySupervise(manager, manager, 'signals')).toBe(true);
  });

  it('only people who work with families are supervised: not an administrator or a governance lead', () => {
    const manager = staff('angela', 'team_manager', TEAM);
    for (const role of ['administrator', 'information_governance_lead', 'platform_administrator'] as const) {
      expect(maySupervise(manager, staff('x', role, TEAM), 'start')).toBe(false);
    }
  });

  it('a team manager is supervised by the service manager, never by a fellow team manager of her team', () => {
    const teamManager = staff('angela', 'team_manager', TEAM);
    const held = { supervisorStaffId: 'sam' };
    expect(maySupervise(staff('sam', 'service_manager', null), teamManager, 'start')).toBe(true);
    expect(maySupervise(staff('sam', 'service_manager', null), teamManager, 'read', held)).toBe(true);
    for (const action of ALL) {
      const supervision = action === 'start' || action === 'signals' ? null : held;
      expect(maySupervise(staff('nadia', 'team_manager', TEAM), teamManager, action, supervision), action).toBe(false);
    }
  });

  it('a service manager is not managed by a fellow service manager of her organisation', () => {
    const serviceManager = staff('sam', 'service_manager', null);
    for (const action of ALL) {
      const supervision = action === 'start' || action === 'signals' ? null : { supervisorStaffId: 'someone' };
      expect(maySupervise(staff('sue', 'service_manager', null), serviceManager, action, supervision), action).toBe(false);
    }
  });

  it('a read or write needs the supervision itself', () => {
    expect(maySupervise(worker, worker, 'read', null)).toBe(false);
    expect(maySupervise(worker, worker, 'write', null)).toBe(false);
  });
});
