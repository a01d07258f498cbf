// The plan part of the canonical journey (PRODUCT.md §5), across people and screens: the key workers draft
// the family recovery plan, Marie adds her goal, her view of a worry, her rating and her agreement with
// reservations from a phone, a review freezes the version, a change starts the next, and the comparison
// shows what changed and who changed it.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn } from './helpers.ts';

const F = '00000000-0000-7000-8000-000000000100';

async function openAs(browser: Browser, who: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } },
  );
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

async function fillDate(page: Page, legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year ?? '');
}

test('the family plan, from the key workers’ draft to a compared second version', async ({ browser, baseURL }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const worryText = `When Marie is very low she stays in bed and the children get themselves to school (${stamp})`;

  // 1. Daniel, the adult mental health key worker, drafts a worry with its safety goal.
  const daniel = await openAs(browser, 'daniel', false);
  await daniel.goto(`/families/${F}/recovery-plan`);
  await expect(daniel.getByRole('heading', { level: 1, name: 'Family recovery plan' })).toBeVisible();
  await daniel.getByRole('button', { name: 'Add a worry' }).click();
  await daniel.getByLabel('Who is worried?').fill('Daniel and Priya');
  await daniel.getByLabel('What is happening that worries people?').fill(worryText);
  await daniel.getByLabel('What could happen to the children if nothing changes?').fill('Jamie and Clare may miss breakfast and be late.');
  await daniel.getByLabel('What will the parent be doing?').fill('Marie asks Patricia to help with mornings when she is low.');
  await daniel.getByLabel('What will the children experience?').fill('A calm morning and breakfast every day.');
  await daniel.getByLabel('What will professionals see?').fill('The school sees the children on time.');
  await daniel.getByLabel('For how long?').fill('Three months');
  await daniel.getByRole('button', { name: 'Add the worry' }).click();
  await expect(daniel.getByText(worryText)).toBeVisible();
  await expectAccessible(daniel);

  // Priya, the children's key worker, adds an action (through the API: her screens are tested elsewhere).
  const priyaApi = await apiAs(baseURL ?? '', 'priya');
  const action = await priyaApi.post(`/api/families/${F}/recovery-plan/items`, {
    kind: 'action',
    content: {
      what: `Patricia helps with school mornings (${stamp})`,
      who: 'Patricia',
      byWhen: '2027-01-31',
      support: 'Priya rings Patricia weekly',
    },
  });
  expect(action.status()).toBe(201);

  // 2. Marie, on her phone, adds her goal, her view of the worry, her rating, and agrees with reservations.
  const marie = await openAs(browser, 'marie', true);
  await marie.goto('/my-plan');
  await expect(marie.getByRole('heading', { level: 1, name: 'Your family plan' })).toBeVisible();
  await marie.getByLabel('Add a goal, in your own words').fill(`Mornings that feel normal again (${stamp})`);
  await marie.getByRole('button', { name: 'Add goal' }).click();
  await expect(marie.getByText(`Mornings that feel normal again (${stamp})`)).toBeVisible();

  const worry = marie.getByRole('article').filter({ hasText: worryText });
  // A worry without her view yet opens with the form to give it.
  await worry.getByRole('radio', { name: 'I partly agree' }).check();
  await worry.getByLabel('Your view, in your own words').fill(`Some mornings are hard, but the children are never alone (${stamp})`);
  await worry.getByRole('button', { name: 'Save your view' }).click();
  await expect(worry.getByText(`Some mornings are hard, but the children are never alone (${stamp})`)).toBeVisible();
  await worry.getByRole('group', { name: 'Your rating, from 0 to 10' }).getByRole('radio', { name: '7', exact: true }).check();
  await worry.getByRole('button', { name: /Save your rating for worry/ }).click();
  await expect(worry.getByRole('table', { name: /Everyone’s ratings for worry/ })).toContainText('7');

  await marie.getByRole('radio', { name: 'I agree, with some worries' }).check();
  await marie.getByLabel('Your reasons').fill('I agree with the plan, but the hospital part frightens me.');
  await marie.getByRole('button', { name: 'Save your answer' }).click();
  await expect(marie.getByText('the hospital part frightens me').first()).toBeVisible();
  await expectAccessible(marie);
  // Nothing on the phone screen scrolls sideways.
  expect(await marie.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

  // 3. Priya reviews the plan: the version being written is frozen.
  const priya = await openAs(browser, 'priya', false);
  await priya.goto(`/families/${F}/recovery-plan`);
  const before = (await (await priyaApi.get(`/api/families/${F}/recovery-plan`)).json()) as { plan: { workingVersion: number } };
  const frozen = before.plan.workingVersion;
  await priya.getByLabel('What did the review decide? (optional)').fill(`Review ${stamp}: keep going with mornings.`);
  await fillDate(priya, 'When is the next review?', '2030-03-01');
  await priya.getByRole('button', { name: 'Review the plan' }).click();
  await expect(priya.getByRole('link', { name: `Compare version ${frozen} with the version being written now` })).toBeVisible();

  // The frozen version keeps Marie's agreement with reservations.
  const snapshot = (await (await priyaApi.get(`/api/families/${F}/recovery-plan/versions/${frozen}`)).json()) as {
    agreements: { name: string; position: string }[];
  };
  expect(snapshot.agreements).toContainEqual(expect.objectContaining({ name: 'Marie', position: 'agree_with_reservations' }));

  // 4. A change after the review belongs to the next version, and the comparison shows it and who made it.
  const changed = `${worryText} — now most mornings are fine`;
  const card = priya.getByRole('article').filter({ hasText: worryText });
  await card.getByRole('button', { name: /Edit worry/i }).click();
  await priya.getByLabel('What is happening that worries people?').fill(changed);
  await priya.getByRole('button', { name: 'Save the worry' }).click();
  await expect(priya.getByText(changed)).toBeVisible();
  await priya.getByRole('link', { name: `Compare version ${frozen} with the version being written now` }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'What changed in the plan' })).toBeVisible();
  await expect(priya.getByText(changed).first()).toBeVisible();
  await expect(priya.getByText('Priya Shah').first()).toBeVisible();
  await expectAccessible(priya);

  // Marie sees the same comparison is possible from her side: the versions are listed by the API she uses.
  const marieApi = await apiAs(baseURL ?? '', 'marie');
  const diff = (await (await marieApi.get(`/api/families/${F}/recovery-plan/compare?from=${frozen}&to=${frozen + 1}`)).json()) as {
    changes: { change: string; changedBy: string; fields: { after: string }[] }[];
  };
  expect(diff.changes).toContainEqual(
    expect.objectContaining({
      change: 'changed',
      changedBy: 'Priya Shah',
      fields: expect.arrayContaining([expect.objectContaining({ after: changed })]),
    }),
  );
  await Promise.all([priyaApi.dispose(), marieApi.dispose()]);
});
