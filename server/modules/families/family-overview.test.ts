// The family overview as each family member reads it (finding 13): adult mental health involvement is the
// adult's own information, and professionals' notes are for the parent, not for a child or the wider network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
type Overview = {
  people: { id: string; knownToAdultMentalHealth: boolean; dependants: string; dependantsAskedBy: string | null }[];
  careTeam: { name: string; organisationKind: string; keyWorker: string | null }[];
  involvement: { level: string; explanation: unknown; history: { level: string; note: string | null }[] };
  relationships: { summary: string; description: string | null }[];
  childrenNotAskedAbout: unknown[];
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('the family overview for each family member (finding 13)', () => {
  for (const who of ['jamie', 'clive', 'patricia']) {
    it(`tells ${who} nothing of Marie’s adult mental health involvement or the notes about it`, async () => {
      const c = await t.signIn(who);
      for (const url of ['/api/portal/my-family', `/api/families/${F}`]) {
        const res = await c.get(url);
        expect(res.statusCode, res.body).toBe(200);
        const o = res.json() as Overview;
        expect(o.people.filter((p) => p.knownToAdultMentalHealth)).toEqual([]);
        expect(o.people.every((p) => p.dependants === 'not_applicable' && p.dependantsAskedBy === null)).toBe(true);
        expect(o.careTeam.filter((m) => m.organisationKind === 'adult_mental_health' || m.keyWorker === 'adult_mental_health')).toEqual([]);
        expect(o.involvement.history.map((h) => h.note)).toEqual(o.involvement.history.map(() => null));
        expect(o.relationships.every((r) => r.description === null && r.summary.length > 0)).toBe(true);
        // The level and its plain explanation concern the children: they stay.
        expect(o.involvement.level).toBe('child_in_need');
        expect(o.involvement.explanation).toBeTruthy();
        for (const words of ['hospital', 'Daniel Okafor', 'Sarah Whitfield', 'Northfield Mental Health Trust'])
          expect(res.body).not.toContain(words);
      }
    });
  }

  it('still tells Marie, and the care team, all of it', async () => {
    for (const who of ['marie', 'priya']) {
      const c = await t.signIn(who);
      const res = await c.get(who === 'marie' ? '/api/portal/my-family' : `/api/families/${F}`);
      const o = res.json() as Overview;
      expect(o.people.find((p) => p.id === MARIE)?.knownToAdultMentalHealth).toBe(true);
      expect(o.careTeam.some((m) => m.name === 'Daniel Okafor')).toBe(true);
      expect(res.body).toContain('hospital');
    }
  });
});
