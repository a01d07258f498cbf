// The demo family's needs (issue 15): Marie's needs in several areas of her life, exactly one open gap, exactly one
// referral that helped (with its steps and its disclosure log row), Jamie's own need, her barriers, and no money or
// childcare need (the browser journey adds those).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needGap } from '../../shared/domain/need-gap.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_IDS } from './demo-family.ts';
import { DEMO_NEED_IDS, PARENTS_WHO_HAVE_BEEN_THERE } from './demo-needs.ts';

const MARIE = '00000000-0000-7000-8000-000000000101';
const JAMIE = '00000000-0000-7000-8000-000000000102';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const rows = async <T>(text: string, values: unknown[] = []) => (await t.database.asOwner(text, values)).rows as T[];

type NeedRow = { id: string; person_id: string; domain: string; words: string; raised_by: string; status: string; supports: number };
const needs = () =>
  rows<NeedRow>(
    `SELECT n.id, n.person_id, n.domain, n.words, n.raised_by, n.status,
            (SELECT count(*) FROM need_supports s WHERE s.family_id = n.family_id AND s.need_id = n.id)::int AS supports
       FROM needs n WHERE n.family_id = $1 ORDER BY n.created_at`,
    [DEMO_IDS.mariesFamily],
  );

describe('the demo family’s needs', () => {
  it('gives Marie needs in at least three areas of her life, in her words, and none about money or childcare', async () => {
    const marie = (await needs()).filter((n) => n.person_id === MARIE);
    const domains = new Set(marie.map((n) => n.domain));
    expect(domains.size).toBeGreaterThanOrEqual(3);
    expect([...domains]).toEqual(expect.arrayContaining(['housing', 'mental_health', 'peer_support']));
    expect(domains.has('money')).toBe(false);
    expect(domains.has('childcare_school')).toBe(false);
    expect(marie.find((n) => n.domain === 'housing')?.words).toContain('The flat is damp and Clare’s chest is bad again');
  });

  it('has one need a worker wrote with her: Priya, for her agency', async () => {
    const written = await rows<{ id: string; written_by_staff_id: string; author_organisation_id: string; category: string }>(
      `SELECT id, written_by_staff_id, author_organisation_id, category FROM needs WHERE family_id = $1 AND raised_by = 'worker'`,
      [DEMO_IDS.mariesFamily],
    );
    expect(written).toEqual([
      {
        id: DEMO_NEED_IDS.parenting,
        written_by_staff_id: '00000000-0000-7000-8000-000000000023',
        author_organisation_id: DEMO_IDS.council,
        category: 'general',
      },
    ]);
  });

  it('has exactly one open gap: her housing need, asked for about five weeks ago with nothing offered', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = await rows<{ id: string; status: 'open' | 'met' | 'no_longer_needed'; created_on: string; closed_on: string | null }>(
      `SELECT id, status, created_at::date::text AS created_on, closed_at::date::text AS closed_on FROM needs WHERE family_id = $1`,
      [DEMO_IDS.mariesFamily],
    );
    const supports = await rows<Record<string, string | null>>(
      `SELECT need_id, kind, offered_on::text, received_from::text, received_until::text, helped, helped_at::date::text AS helped_on,
              referral_status, referral_status_on::text FROM need_supports WHERE family_id = $1`,
      [DEMO_IDS.mariesFamily],
    );
    const gaps = all.map((n) => ({
      id: n.id,
      ...needGap(
        { status: n.status, createdOn: n.created_on, closedOn: n.closed_on },
        supports
          .filter((s) => s.need_id === n.id)
          .map((s) => ({
            kind: s.kind as 'offer' | 'referral' | 'self_found',
            offeredOn: s.offered_on ?? '',
            receivedFrom: s.received_from ?? null,
            receivedUntil: s.received_until ?? null,
            helped: (s.helped ?? null) as 'yes' | 'a_bit' | 'no' | null,
            helpedOn: s.helped_on ?? null,
            referralStatus: (s.referral_status ?? null) as 'ended' | null,
            referralStatusOn: s.referral_status_on ?? null,
          })),
        today,
      ),
    }));
    const open = gaps.filter((g) => ['not_offered', 'not_received', 'not_helping'].includes(g.gap));
    expect(open.map((g) => [g.id, g.gap])).toEqual([[DEMO_NEED_IDS.housing, 'not_offered']]);
    const waited = (Date.parse(today) - Date.parse(open[0]?.since ?? '')) / 86_400_000;
    expect(waited).toBeGreaterThanOrEqual(34);
    expect(waited).toBeLessThanOrEqual(38);
    expect(gaps.find((g) => g.id === DEMO_NEED_IDS.peerSupport)?.gap).toBe('helped');
    expect(
      gaps
        .filter((g) => g.gap === 'being_helped')
        .map((g) => g.id)
        .sort(),
    ).toEqual([DEMO_NEED_IDS.mentalHealth, DEMO_NEED_IDS.parenting, DEMO_NEED_IDS.jamieAtSchool].sort());

    // As the server sends it: Marie's own page and Daniel's page of the family both show the one gap.
    const marie = (await (await t.signIn('marie')).get('/api/portal/needs')).json();
    expect(marie.gaps).toEqual({ notOffered: 1, notReceived: 0, notHelping: 0 });
    const daniel = await (await t.signIn('daniel')).get(`/api/families/${DEMO_IDS.mariesFamily}/needs`);
    expect(daniel.statusCode).toBe(200);
    expect(daniel.json().gaps).toEqual({ notOffered: 1, notReceived: 0, notHelping: 0 });
  });

  it('has exactly one referral that helped, to Parents Who’ve Been There, with its steps and its disclosure', async () => {
    const helped = await rows<Record<string, unknown>>(
      `SELECT id, need_id, kind, service_id, helped, helped_words, referral_status, lawful_basis, agreed_how, shared_categories,
              sent_text, disclosure_id, received_from IS NOT NULL AND received_until IS NOT NULL AS received
         FROM need_supports WHERE family_id = $1 AND helped = 'yes'`,
      [DEMO_IDS.mariesFamily],
    );
    expect(helped).toHaveLength(1);
    const r = helped[0] ?? {};
    expect(r).toMatchObject({
      id: DEMO_NEED_IDS.peerReferral,
      need_id: DEMO_NEED_IDS.peerSupport,
      kind: 'referral',
      service_id: PARENTS_WHO_HAVE_BEEN_THERE,
      referral_status: 'ended',
      lawful_basis: 'consent',
      agreed_how: 'in_person',
      shared_categories: ['general'],
      received: true,
    });
    expect(String(r.helped_words)).toContain('helped');
    const steps = await rows<{ status: string; status_on: string }>(
      `SELECT status, status_on::text FROM referral_status_changes WHERE family_id = $1 AND support_id = $2 ORDER BY status_on, created_at`,
      [DEMO_IDS.mariesFamily, r.id],
    );
    expect(steps.map((s) => s.status)).toEqual(['sent', 'accepted', 'started', 'ended']);
    const disclosures = await rows<Record<string, unknown>>(
      'SELECT via, lawful_basis, categories, source_id FROM disclosures WHERE family_id = $1 AND id = $2',
      [DEMO_IDS.mariesFamily, r.disclosure_id],
    );
    expect(disclosures).toEqual([{ via: 'referral', lawful_basis: 'consent', categories: ['general'], source_id: r.id }]);
  });

  it('gives Jamie his own need at school, which Helen’s support has started', async () => {
    const jamie = (await needs()).filter((n) => n.person_id === JAMIE);
    expect(jamie).toHaveLength(1);
    expect(jamie[0]).toMatchObject({ domain: 'child_own', raised_by: 'person', status: 'open', supports: 1 });
    const [support] = await rows<{ offered_by_staff_id: string; started: boolean }>(
      'SELECT offered_by_staff_id, received_from <= current_date AS started FROM need_supports WHERE family_id = $1 AND need_id = $2',
      [DEMO_IDS.mariesFamily, jamie[0]?.id],
    );
    expect(support).toEqual({ offered_by_staff_id: '00000000-0000-7000-8000-000000000025', started: true });
  });

  it('records Marie’s barriers once: childcare, travel and times', async () => {
    const barriers = await rows<Record<string, string | null>>(
      'SELECT childcare, travel_cost, times, language, access, caring FROM person_barriers WHERE family_id = $1',
      [DEMO_IDS.mariesFamily],
    );
    expect(barriers).toHaveLength(1);
    expect(barriers[0]).toMatchObject({
      childcare: 'No one to have Clare on Tuesdays and Thursdays.',
      times: 'Not before 10 — school run.',
    });
    expect(barriers[0]?.travel_cost).toBeTruthy();
  });
});
