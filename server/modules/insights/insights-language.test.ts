// A first language spoken in fewer than 5 of the caseload's families is not listed as a row of the first-language
// breakdown (issue 18 review): its row alone, even with every number "fewer than 5", told a manager that a family on
// her caseload speaks it (a rare language is as good as a name). Languages of 5 or more families, "Another language",
// "Prefer not to say" and "Not recorded" are listed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightView } from '../../../shared/contracts/insights.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const TOM = '00000000-0000-7000-8000-000000000024';

let t: TestApp;
let angela: TestClient;
const q = (text: string, values: unknown[] = []) => t.database.asOwner(text, values);

async function addFamily(name: string, firstLanguage: string) {
  const family = randomUUID();
  const person = randomUUID();
  const account = randomUUID();
  await q('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, name]);
  await q("INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, 'parent', $3)", [family, person, `${name} parent`]);
  await q("INSERT INTO accounts (id, username, kind, family_id, person_id) VALUES ($1, $2, 'parent', $3, $4)", [
    account,
    `language-${family}`,
    family,
    person,
  ]);
  await q("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [family, randomUUID(), TOM]);
  await q('INSERT INTO equity_answers (family_id, person_id, first_language, recorded_by_account_id) VALUES ($1, $2, $3, $4)', [
    family,
    person,
    firstLanguage,
    account,
  ]);
}

beforeAll(async () => {
  t = await createTestApp();
  await q('UPDATE care_team_members SET ended_at = now() WHERE ended_at IS NULL');
  for (let k = 0; k < 6; k++) await addFamily(`Polish family ${k}`, 'pl');
  await addFamily('The one Somali-speaking family', 'so');
  angela = await t.signIn('angela');
}, 60_000);
afterAll(() => t?.close());

describe('the first-language breakdown', () => {
  it('lists Polish (6 families) but not Somali (1 family), in JSON and CSV', async () => {
    for (const insight of ['unannounced_visits', 'support_gap', 'feedback']) {
      const res = await angela.get(`/api/insights/${insight}?from=2025-01-01&to=2025-03-31&breakdown=first_language`);
      expect(res.statusCode, res.body).toBe(200);
      const keys = (res.json() as InsightView).rows.map((r) => r.key);
      expect(keys).toContain('pl');
      expect(keys).toEqual(expect.arrayContaining(['other', 'prefer_not_to_say', 'not_recorded']));
      expect(keys).not.toContain('so');
      const csv = await angela.get(`/api/insights/${insight}/csv?from=2025-01-01&to=2025-03-31&breakdown=first_language`);
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.body).not.toContain('Somali');
    }
  });
});
