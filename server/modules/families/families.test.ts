// API tests for reading families through the access choke point: care-team membership for
// professionals, own family only for family members, 404 for anything else, and every read audited.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { verifyAuditLog } from '../../audit/verify-audit.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../../test/test-app.ts';

const MARIE = DEMO_IDS.mariesFamily;
const HUGHES = DEMO_IDS.hughesFamily;
const MISSING = '01234567-89ab-7def-8123-456789abcdef';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const auditFor = async (action: string, familyId: string | null = null) =>
  (
    await t.database.asOwner(
      `SELECT action, outcome, actor_kind, actor_staff_id, family_id, subject_id FROM audit_events
       WHERE action = $1 AND ($2::uuid IS NULL OR family_id = $2::uuid) ORDER BY occurred_at`,
      [action, familyId],
    )
  ).rows;

describe('a professional on the care team', () => {
  it('lists their families with role and counts', async () => {
    const daniel = await t.signIn('daniel');
    const res = await daniel.get('/api/families');
    expect(res.statusCode).toBe(200);
    expect(res.json().families).toEqual([
      expect.objectContaining({
        id: MARIE,
        displayName: 'Marie, Jamie and Clare',
        involvementLevel: 'child_in_need',
        myTeamRole: 'Community mental health nurse',
        isKeyWorker: true,
        childrenCount: 2,
        peopleCount: 5,
      }),
    ]);
  });

  it('opens the family overview with people, relationships, involvement and the paired key workers first', async () => {
    const priya = await t.signIn('priya');
    const res = await priya.get(`/api/families/${MARIE}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.people.map((p: { preferredName: string }) => p.preferredName)).toEqual(['Marie', 'Jamie', 'Clare', 'Clive', 'Patricia']);
    expect(body.relationships.map((r: { summary: string }) => r.summary)).toContain("Patricia is Marie's friend");
    expect(body.involvement.explanation.title).toBe('Child in need');
    expect(body.involvement.history.map((h: { level: string }) => h.level)).toEqual(['child_in_need', 'early_help']);
    expect(
      body.careTeam
        .slice(0, 2)
        .map((m: { keyWorker: string }) => m.keyWorker)
        .sort(),
    ).toEqual(['adult_mental_health', 'childrens_services']);
    expect(body.careTeam.find((m: { name: string }) => m.name === 'Helen Carter')).toMatchObject({
      organisationKindLabel: 'School or college',
      teamRoleLabel: 'School pastoral lead',
    });
    const reads = await auditFor('family.viewed', MARIE);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1)).toMatchObject({ outcome: 'allowed', actor_kind: 'professional' });
  });

  it('loses access on the very next request once removed from the care team', async () => {
    const tom = await t.signIn('tom');
    expect((await tom.get(`/api/families/${MARIE}`)).statusCode).toBe(200);
    await t.database.asOwner(
      "UPDATE care_team_members SET ended_at = now() WHERE family_id = $1 AND staff_id = (SELECT staff_id FROM accounts WHERE username = 'tom')",
      [MARIE],
    );
    expect((await tom.get(`/api/families/${MARIE}`)).statusCode).toBe(404);
    expect((await tom.get('/api/families')).json().families).toEqual([]);
  });
});

describe('a professional not on the care team', () => {
  it('gets 404 for Marie’s family, exactly as for a family that does not exist, and the denial is audited', async () => {
    const mark = await t.signIn('mark');
    const hidden = await mark.get(`/api/families/${MARIE}`);
    const missing = await mark.get(`/api/families/${MISSING}`);
    const malformed = await mark.get('/api/families/not-an-id');
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    const denials = await auditFor('access.denied', MARIE);
    expect(denials.at(-1)).toMatchObject({ outcome: 'denied', actor_kind: 'professional', subject_id: MARIE });
    expect((await mark.get(`/api/families/${HUGHES}`)).statusCode).toBe(200);
  });
});

describe('family members', () => {
  it('Marie sees her own family and who is working with her, in plain words', async () => {
    const marie = await t.signIn('marie');
    const res = await marie.get('/api/portal/my-family');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.id).toBe(MARIE);
    const nurse = body.careTeam.find((m: { name: string }) => m.name === 'Daniel Okafor');
    expect(nurse.teamRolePlain).toMatch(/supports your mental health/);
    expect(nurse.phone).toBeTruthy();
    expect(body.involvement.explanation.yourRights).toMatch(/voluntary/);
    expect((await auditFor('portal.family_viewed', MARIE)).length).toBeGreaterThan(0);
  });

  it('Clive cannot see another family by changing the id, and cannot use the professional list', async () => {
    const clive = await t.signIn('clive');
    expect((await clive.get(`/api/families/${MARIE}`)).statusCode).toBe(200);
    const other = await clive.get(`/api/families/${HUGHES}`);
    const missing = await clive.get(`/api/families/${MISSING}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).toBe(missing.body);
    expect((await auditFor('access.denied', HUGHES)).at(-1)).toMatchObject({ actor_kind: 'other_parent' });
    expect((await clive.get('/api/families')).statusCode).toBe(403);
  });

  it('a confidential address is hidden from family members who do not live there', async () => {
    await t.database.asOwner('UPDATE households SET address_confidential = true WHERE family_id = $1', [MARIE]);
    const patricia = await (await t.signIn('patricia')).get('/api/portal/my-family');
    expect(patricia.json().households.every((h: { address: string | null }) => h.address === null)).toBe(true);
    const marie = await (await t.signIn('marie')).get('/api/portal/my-family');
    const homes = marie.json().households as { name: string; address: string | null }[];
    expect(homes.find((h) => h.name === "Marie's home")?.address).toMatch(/Alder Road/);
    expect(homes.find((h) => h.name === "Clive's home")?.address).toBeNull();
    await t.database.asOwner('UPDATE households SET address_confidential = false WHERE family_id = $1', [MARIE]);
  });

  it('professionals cannot use the portal, and nobody signed out can read anything', async () => {
    const daniel = await t.signIn('daniel');
    expect((await daniel.get('/api/portal/my-family')).statusCode).toBe(403);
    const anonymous = t.client();
    expect((await anonymous.get(`/api/families/${MARIE}`)).statusCode).toBe(401);
    expect((await auditFor('access.denied')).some((r) => r.actor_kind === 'anonymous')).toBe(true);
  });
});

describe('every read is on record before it is answered', () => {
  it('reads and audits each look exactly once, even after another app instance has moved every audit stream on', async () => {
    const other = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
    const priya = await t.signIn('priya');
    const looks = async () => (await auditFor('family.viewed', MARIE)).length;
    for (let round = 0; round < 4; round++) {
      // Eighty events on eight streams: every head this app remembers is now out of date.
      for (let i = 0; i < 80; i++) {
        await other.recordAlone(t.database.db, { action: 'audit.tested', outcome: 'allowed', actor: { kind: 'system', reason: 'test' } });
      }
      const before = await looks();
      const res = await priya.get(`/api/families/${MARIE}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(MARIE);
      expect(await looks()).toBe(before + 1);
      expect((await priya.get('/api/families')).statusCode).toBe(200);
    }
    const owner = new pg.Client(t.database.ownerConnection);
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query('SET LOCAL ROLE NONE');
      expect((await verifyAuditLog(owner, TEST_AUDIT_KEY)).problems).toEqual([]);
    } finally {
      await owner.query('ROLLBACK');
      await owner.end();
    }
  });
});
