// The console's policy as one table: each kind of caller × a worker in their own or another organisation × the
// worker's role → what the caller may do (admin.policy.ts). A change to who manages whom is a change to this table.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import type { StaffRole } from '../../db/schema.ts';
import { assignableRoles, managesOrganisation, mayAddOrganisations, mayChangeWorker } from './admin.policy.ts';

const OWN = 'organisation-own';
const OTHER = 'organisation-other';

function professional(role: StaffRole): Actor {
  return {
    kind: 'professional',
    accountId: 'a',
    staffId: 'me',
    organisationId: OWN,
    organisationKind: 'childrens_services',
    role,
    name: 'Someone',
  };
}
const CALLERS: Record<string, Actor> = {
  practitioner: professional('practitioner'),
  team_manager: professional('team_manager'),
  information_governance_lead: professional('information_governance_lead'),
  administrator: professional('administrator'),
  platform_administrator: professional('platform_administrator'),
  parent: { kind: 'parent', accountId: 'a', personId: 'p', familyId: 'f', name: 'Someone', language: 'en' },
  anonymous: { kind: 'anonymous' },
};

// caller                   | manages own, other | adds organisations | gives platform role | changes worker (own org: practitioner, platform admin; other org: practitioner)
const POLICY: Record<string, string> = {
  practitioner: '               · · | · | · | ∅ ∅ ∅',
  team_manager: '               · · | · | · | ∅ ∅ ∅',
  information_governance_lead: '· · | · | · | ∅ ∅ ∅',
  administrator: '              Y · | · | · | Y P ∅',
  platform_administrator: '     Y Y | Y | Y | Y Y Y',
  parent: '                     · · | · | · | ∅ ∅ ∅',
  anonymous: '                  · · | · | · | ∅ ∅ ∅',
};
const CELL = { Y: 'yes', P: 'platform_only', '∅': 'not_found' } as const;
const cells = (row: string) => row.replace(/\|/g, ' ').trim().split(/\s+/);

describe('the administrator console policy (admin.policy.ts)', () => {
  it('has a row for every caller', () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(CALLERS).sort());
  });

  for (const [caller, row] of Object.entries(POLICY)) {
    const [ownOrg, otherOrg, addOrgs, givesPlatform, ownPractitioner, ownPlatform, otherPractitioner] = cells(row);
    const actor = CALLERS[caller] as Actor;
    it(`${caller}: ${row.trim()}`, () => {
      expect(managesOrganisation(actor, OWN)).toBe(ownOrg === 'Y');
      expect(managesOrganisation(actor, OTHER)).toBe(otherOrg === 'Y');
      expect(mayAddOrganisations(actor)).toBe(addOrgs === 'Y');
      expect(assignableRoles(actor).includes('platform_administrator')).toBe(givesPlatform === 'Y');
      const worker = (organisationId: string, role: StaffRole) => mayChangeWorker(actor, { staffId: 'them', organisationId, role });
      expect(worker(OWN, 'practitioner')).toBe(CELL[ownPractitioner as keyof typeof CELL]);
      expect(worker(OWN, 'platform_administrator')).toBe(CELL[ownPlatform as keyof typeof CELL]);
      expect(worker(OTHER, 'practitioner')).toBe(CELL[otherPractitioner as keyof typeof CELL]);
    });
  }
});
