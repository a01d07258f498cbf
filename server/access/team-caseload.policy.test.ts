// A team's caseload (access/team-caseload.ts), as a table on a real database: each family's care-team situation ×
// whether it is on the team's caseload. A family whose care team has nobody from the team now is never on it; the
// team view reads families through this condition only, and returns numbers only.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { onTeamCaseload } from './team-caseload.ts';

let database: TestDatabase;
const ORG = randomUUID();
const TEAM = randomUUID();
const OTHER_TEAM = randomUUID();
const staff = { mine: randomUUID(), mine2: randomUUID(), other: randomUUID(), noTeam: randomUUID() };

type Situation = { name: string; members: { staff: string; ended?: boolean; future?: boolean }[]; onCaseload: boolean };
const SITUATIONS: Situation[] = [
  { name: 'a team member on the care team now', members: [{ staff: staff.mine }], onCaseload: true },
  { name: 'two team members on the care team (counted once)', members: [{ staff: staff.mine }, { staff: staff.mine2 }], onCaseload: true },
  { name: 'a team member and someone from another team', members: [{ staff: staff.other }, { staff: staff.mine2 }], onCaseload: true },
  { name: 'only someone from another team', members: [{ staff: staff.other }], onCaseload: false },
  { name: 'only someone in no team', members: [{ staff: staff.noTeam }], onCaseload: false },
  { name: 'a team member who has left the care team', members: [{ staff: staff.mine, ended: true }], onCaseload: false },
  { name: 'a team member who joins tomorrow', members: [{ staff: staff.mine, future: true }], onCaseload: false },
  { name: 'nobody on the care team', members: [], onCaseload: false },
];
const familyOf = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  const q = (text: string, values: unknown[]) => database.asOwner(text, values);
  await q("INSERT INTO organisations (id, name, kind) VALUES ($1, 'Eastshire Council', 'childrens_services')", [ORG]);
  await q("INSERT INTO teams (id, organisation_id, name) VALUES ($1, $3, 'Mine'), ($2, $3, 'Other')", [TEAM, OTHER_TEAM, ORG]);
  for (const [key, id] of Object.entries(staff)) {
    const team = key === 'other' ? OTHER_TEAM : key === 'noTeam' ? null : TEAM;
    await q(
      "INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title) VALUES ($1, $2, $3, $4, 'Social work', 'practitioner', 'Social worker')",
      [id, ORG, team, key],
    );
  }
  for (const s of SITUATIONS) {
    const family = randomUUID();
    familyOf.set(s.name, family);
    await q('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, s.name]);
    for (const m of s.members) {
      await q(
        `INSERT INTO care_team_members (family_id, id, staff_id, team_role, started_at, ended_at)
         VALUES ($1, $2, $3, 'other', now() - interval '1 day' + CASE WHEN $4 THEN interval '2 days' ELSE interval '0' END,
           CASE WHEN $5 THEN now() END)`,
        [family, randomUUID(), m.staff, Boolean(m.future), Boolean(m.ended)],
      );
    }
  }
});
afterAll(async () => {
  await database?.close();
});

async function caseload(teamId: string): Promise<string[]> {
  const rows = await database.db.selectFrom('families as f').select('f.display_name').where(onTeamCaseload(teamId, 'f.id')).execute();
  return rows.map((r) => r.display_name).sort();
}

describe('a team’s caseload', () => {
  it.each(SITUATIONS)('$name → on the caseload: $onCaseload', async (s) => {
    expect((await caseload(TEAM)).includes(s.name)).toBe(s.onCaseload);
  });

  it('holds each family once, and another team’s caseload is its own', async () => {
    const mine = await caseload(TEAM);
    expect(mine).toEqual(
      SITUATIONS.filter((s) => s.onCaseload)
        .map((s) => s.name)
        .sort(),
    );
    expect(await caseload(OTHER_TEAM)).toEqual(['a team member and someone from another team', 'only someone from another team']);
    expect(await caseload(randomUUID())).toEqual([]);
  });

  it('takes a family out as soon as the last team member leaves its care team', async () => {
    const name = 'a team member on the care team now';
    await database.asOwner('UPDATE care_team_members SET ended_at = now() WHERE family_id = $1', [familyOf.get(name)]);
    expect(await caseload(TEAM)).not.toContain(name);
  });

  it('is the only way the team view reaches families, and the view selects numbers only', () => {
    const repo = readFileSync(join(import.meta.dirname, '../modules/support/team-view/team-view.repo.ts'), 'utf8');
    expect(repo).toMatch(/teamCaseloadFamilies\(teamId\)/);
    expect(repo).not.toMatch(/care_team_members/);
    // The outer SELECT of the counts returns domain, counts and the median only: no id, name or words column.
    const select = repo.slice(repo.lastIndexOf('SELECT domain'));
    expect(select).not.toMatch(/\b(words|full_name|display_name|person_id|support_wanted)\b/);
  });
});
