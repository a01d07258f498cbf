// Consent you can see, in the browser: Marie reviews and withdraws a consent on a phone; the
// information governance lead works through the review queue.
import { expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn } from './helpers.ts';

const MARIES_FAMILY = '00000000-0000-7000-8000-000000000100';
const SCHOOL = '00000000-0000-7000-8000-000000000003';

test('Marie reviews who can see her information and withdraws a consent, on a phone-sized screen', async ({ browser, baseURL }, info) => {
  const purpose = `So school can help (${info.project.name} ${Date.now()})`;
  const marieApi = await apiAs(baseURL ?? '', 'marie');
  expect((await marieApi.post('/api/portal/consents', { category: 'education', recipientOrganisationId: SCHOOL, purpose })).status()).toBe(
    201,
  );
  await marieApi.dispose();

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'marie');
  await page.getByRole('link', { name: 'Your information' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who can see your information' })).toBeVisible();
  await expectAccessible(page);
  const consent = page.locator('li, tr, div, section').filter({ hasText: purpose }).last();
  await consent.getByRole('button', { name: 'Stop sharing' }).click();
  await page.getByRole('button', { name: 'Yes, stop sharing' }).click();
  await expect(page.locator('li, tr, div, section').filter({ hasText: purpose }).last()).toContainText(/withdrawn|stopped/i);
  await expectAccessible(page);
  await context.close();
});

test('the information governance lead works through the review queue', async ({ page, baseURL }, info) => {
  const justification = `School must watch for signs today (${info.project.name} ${Date.now()}).`;
  const daniel = await apiAs(baseURL ?? '', 'daniel');
  const started = await daniel.post(`/api/families/${MARIES_FAMILY}/overrides`, {
    categories: ['mental_health'],
    recipientOrganisationId: SCHOOL,
    lawfulBasis: 'prevent_serious_harm',
    justification,
    endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    tellParent: false,
    notTellingReason: 'Telling Marie tonight could put the children at risk before the visit tomorrow.',
  });
  expect(started.status()).toBe(201);
  await daniel.dispose();

  await signIn(page, 'ruth');
  await page.getByRole('link', { name: 'Governance' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Information governance' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  await expectAccessible(page);
  const item = page.locator('li, tr, div, section, article').filter({ hasText: justification }).last();
  await item.getByLabel('Note for the record').fill('Visit done; Marie can now be told.');
  await item.getByRole('button', { name: 'Release to the parent' }).click();
  await expect(page.getByText(/released|told/i).first()).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Check now' }).click();
  // Verifying every chain takes a moment on a busy machine.
  await expect(page.getByText(/intact|no problems|all .* chains/i).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Compared with the checkpoint of/)).toBeVisible();
  // The latest checkpoint, kept outside the database, to keep a copy of.
  await expect(page.getByRole('heading', { name: 'Latest checkpoint' })).toBeVisible();
  await expect(page.getByText('Signature begins')).toBeVisible();
  const copy = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Save a copy of this checkpoint' }).click();
  expect((await copy).suggestedFilename()).toMatch(/^umbrella-audit-checkpoint-.*\.json$/);
  await expectAccessible(page);
});
