// A glossary made before its words were corrected (issue 16 §2) is brought up to date at start: a built-in term nobody
// edited gets the corrected words, a missing one is added, an administrator's own wording stays, and a second start
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS } from '../../../shared/domain/glossary-terms.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { seedGlossary } from './glossary.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

const row = async (term: string) =>
  (await t.database.asOwner('SELECT plain, explanation, aliases, version FROM glossary_terms WHERE lower(term) = lower($1)', [term]))
    .rows[0] as { plain: string; explanation: string; aliases: string[]; version: number } | undefined;

describe('the built-in glossary at start', () => {
  it('corrects unedited terms, adds missing ones, keeps an administrator’s words, and is idempotent', async () => {
    const [first, second, third] = GLOSSARY_TERMS as unknown as [
      (typeof GLOSSARY_TERMS)[number],
      (typeof GLOSSARY_TERMS)[number],
      (typeof GLOSSARY_TERMS)[number],
    ];
    // As an older installation had them: one term with old words, one an administrator rewrote, one missing.
    await t.database.asOwner("UPDATE glossary_terms SET plain = 'the opposite of what it means' WHERE lower(term) = lower($1)", [
      first.term,
    ]);
    const staff = (await t.database.asOwner('SELECT id FROM staff LIMIT 1')).rows[0] as { id: string };
    expect(staff).toBeDefined();
    await t.database.asOwner("UPDATE glossary_terms SET plain = 'our own words', updated_by_staff_id = $2 WHERE lower(term) = lower($1)", [
      second.term,
      staff.id,
    ]);
    await t.database.asOwner('DELETE FROM glossary_terms WHERE lower(term) = lower($1)', [third.term]);

    await seedGlossary(t.database.db);
    expect((await row(first.term))?.plain).toBe(first.plain);
    expect((await row(second.term))?.plain).toBe('our own words');
    expect((await row(third.term))?.plain).toBe(third.plain);

    const before = (await t.database.asOwner('SELECT sum(version)::int AS v, count(*)::int AS n FROM glossary_terms')).rows[0];
    await seedGlossary(t.database.db);
    const after = (await t.database.asOwner('SELECT sum(version)::int AS v, count(*)::int AS n FROM glossary_terms')).rows[0];
    expect(after).toEqual(before);
  });
});
