// The first journeys: a professional signs in with a second factor and opens Marie's family; Marie
// signs in and sees only her own family; someone outside the team sees nothing. Every page is checked with axe.
import { expect, test } from '@playwright/test';
import { expectAccessible, signInWithForm } from './helpers.ts';

const MARIES_FAMILY = '00000000-0000-7000-8000-000000000100';

test('the sign-in page is accessible and explains a wrong password kindly', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await page.getByLabel('Username').fill('marie');
  await page.getByLabel('Password').fill('not-her-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That username and password do not match our records').first()).toBeVisible();
  await expectAccessible(page);
});

test('a community mental health nurse signs in with a code and opens Marie’s family', async ({ page }) => {
  await signInWithForm(page, 'daniel');
  await expect(page.getByRole('heading', { level: 1, name: 'My families' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Marie, Jamie and Clare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marie, Jamie and Clare' })).toBeVisible();
  await expect(page.getByText('Priya Shah').first()).toBeVisible();
  await expect(page.getByText("Patricia is Marie's friend")).toBeVisible();
  await expect(page.getByText('Child in need').first()).toBeVisible();
  await expectAccessible(page);
  await expect(page).toHaveTitle(/Marie, Jamie and Clare.*Umbrella/);
});

test('Marie signs in and sees her own family and who is working with her, in plain words', async ({ page }) => {
  await signInWithForm(page, 'marie');
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
  await expect(page.getByText('Daniel Okafor').first()).toBeVisible();
  await expect(page.getByText(/supports your mental health/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /07700 900101/ }).first()).toBeVisible();
  await expectAccessible(page);
  // The professional pages send her back to her own family, and another family's record is not found.
  await page.goto('/families/00000000-0000-7000-8000-000000000200');
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
  const other = await page.request.get('/api/families/00000000-0000-7000-8000-000000000200');
  expect(other.status()).toBe(404);
});

test('a health visitor not on the care team cannot open Marie’s family', async ({ page }) => {
  await signInWithForm(page, 'mark');
  await expect(page.getByRole('heading', { level: 1, name: 'My families' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Marie, Jamie and Clare' })).toHaveCount(0);
  await page.goto(`/families/${MARIES_FAMILY}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
});

test('signing out ends the session: going back to the family page asks to sign in again', async ({ page }) => {
  await signInWithForm(page, 'marie');
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/my-family');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('Daniel Okafor')).toHaveCount(0);
  const res = await page.request.get('/api/portal/my-family');
  expect(res.status()).toBe(401);
});
