// Issue 16's journey: Daniel writes a note that calls Marie "non-compliant", sees what to write instead, and rewrites it;
// Marie reads it on her phone in Polish (the note as written, the page in Polish), then in Urdu, where her record and her
// plan mirror right to left at 375 px. axe on every page in all four languages; screenshots kept with the test's results when asked for
// (UMBRELLA_E2E_SCREENSHOTS=1, e2e/helpers.ts).
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { readCatalogue, readMessagesSource } from '../web/i18n/messages.plugin.ts';
import { expectAccessible, shoot, signIn } from './helpers.ts';

const F = '00000000-0000-7000-8000-000000000100';
const root = path.resolve(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p) : d.name.endsWith('.messages.ts') ? [p] : [];
  });
}
const englishIds = new Map<string, string>();
for (const file of walk(path.join(root, 'web')))
  for (const { namespace, messages } of readMessagesSource(fs.readFileSync(file, 'utf8'), file))
    for (const [key, text] of Object.entries(messages)) if (!englishIds.has(text)) englishIds.set(text, `${namespace}.${key}`);

/** What the family's pages say for an English message in another language, from the shipped catalogue. */
function inLanguage(lang: 'cy' | 'pl' | 'ur', english: string): string {
  const id = englishIds.get(english);
  const text = id ? readCatalogue(path.join(root, 'shared/i18n/locales'), lang)[id] : undefined;
  if (!text) throw new Error(`No ${lang} translation of "${english}"`);
  return text;
}

async function openPage(browser: Browser, width = 375): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 812 }, isMobile: width < 500, hasTouch: width < 500 });
  return context.newPage();
}

test.use({ actionTimeout: 20_000 });

test('Daniel rewrites "non-compliant"; Marie reads it in Polish, then in Urdu right to left', async ({ browser }, info) => {
  // Marie's language is saved to her account and the note stays in the shared demo family: one run, at 375 px.
  // Skipped on the desktop project on purpose: this journey changes the shared demo family, so it runs once.
  test.skip(info.project.name !== 'phone', 'one run, at 375 px: the journey changes the shared demo family');
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const judged = `Marie is non-compliant with her medication (${run}).`;
  const described = `Marie has not taken her tablets this week; she says they make her too sleepy to get the children up (${run}).`;

  // 1. Daniel writes the note, sees the suggestion as he types and again when he saves, and rewrites it.
  const daniel = await openPage(browser, 1280);
  await signIn(daniel, 'daniel');
  await daniel.goto(`/families/${F}`);
  await daniel
    .getByRole('link', { name: 'Record a visit or contact' })
    .or(daniel.getByRole('button', { name: 'Record a visit or contact' }))
    .first()
    .click();
  await daniel.getByLabel('What happened').fill(judged);
  await expect(daniel.getByText(/Say what was agreed, what happened, and what the person told you/).first()).toBeVisible();
  await daniel.getByRole('button', { name: 'Save entry' }).click();
  const problem = daniel.getByRole('alert').filter({ hasText: 'non-compliant' }).first();
  await expect(problem).toBeVisible();
  await expect(daniel.getByLabel('Keep as written')).not.toBeChecked();
  await expectAccessible(daniel);
  await shoot(daniel, 'daniel-suggestion');
  await daniel.getByLabel('What happened').fill(described);
  await daniel.getByRole('button', { name: 'Save entry' }).click();
  await expect(daniel.getByText(described).first()).toBeVisible();
  await expect(daniel.getByText(judged)).toHaveCount(0);

  // 2. Marie reads it in Polish: the page in Polish, Daniel's words as he wrote them.
  const marie = await openPage(browser);
  try {
    await signIn(marie, 'marie');
    await marie.getByRole('link', { name: 'Your record' }).first().click();
    await expect(marie.getByText(described).first()).toBeVisible();
    await expectAccessible(marie);
    await marie.getByRole('button', { name: 'Polski' }).click();
    await expect(marie.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(marie.getByRole('heading', { level: 1 })).toHaveText(inLanguage('pl', 'Your record'));
    await expect(marie.getByText(described).first()).toBeVisible();
    await expectAccessible(marie);
    await shoot(marie, 'marie-record-pl');

    // 3. In Urdu the whole page mirrors; her record and her plan at 375 px.
    await marie.getByRole('button', { name: 'اردو' }).click();
    await expect(marie.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(marie.getByRole('heading', { level: 1 })).toHaveText(inLanguage('ur', 'Your record'));
    const heading = await marie.getByRole('heading', { level: 1 }).boundingBox();
    // Right to left: the heading starts at the right-hand edge of the screen.
    expect((heading?.x ?? 0) + (heading?.width ?? 0)).toBeGreaterThan(375 - 40);
    await expectAccessible(marie);
    await shoot(marie, 'marie-record-ur');
    await marie.goto('/my-plan');
    await expect(marie.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(marie.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(marie);
    await shoot(marie, 'marie-plan-ur');

    // 4. Welsh, and back to English: axe in every language; the choice came with her to a new page.
    await marie.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(marie.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(marie.locator('html')).toHaveAttribute('dir', 'ltr');
    await expectAccessible(marie);
    await shoot(marie, 'marie-plan-cy');
  } finally {
    // Marie's choice is kept in her account: leave her in English for the other journeys.
    await marie.getByRole('button', { name: 'English' }).click();
    await expect(marie.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(marie);
  }
});
