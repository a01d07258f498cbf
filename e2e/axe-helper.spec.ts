// The axe check used by every journey (e2e/helpers.ts runs axe-core in the page itself): it must find a violation
// when there is one, and scan a page again once it has changed.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

test('the accessibility check finds a picture without a text alternative, and passes once it is gone', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.id = 'no-alt';
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(img);
  });
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
  await page.evaluate(() => document.getElementById('no-alt')?.remove());
  await expectAccessible(page);
});
