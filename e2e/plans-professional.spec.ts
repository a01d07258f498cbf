// The plans on the professional side in the browser: a key worker adds a worry with its safety goal (and is warned about a
// diagnostic label), a strength and a non-negotiable action to Marie's family recovery plan and rates the worry; the print
// layout fits A4; the children's plans and a child's own words; axe on every new page at phone and desktop widths.
import { expect, type Page, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn } from './helpers.ts';

const MARIES_FAMILY = '00000000-0000-7000-8000-000000000100';
const JAMIE = '00000000-0000-7000-8000-000000000102';

/** Nothing wider than the screen: at 360px nobody should need to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function fillDate(page: Page, group: string, day: string, month: string, year: string) {
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(day);
  await fieldset.getByLabel('Month').fill(month);
  await fieldset.getByLabel('Year').fill(year);
}

test('a key worker adds a worry with its safety goal, is warned about a diagnostic label, and rates the worry', async ({ page }, info) => {
  const tag = `${info.project.name} ${Date.now()}`;
  await signIn(page, 'daniel');
  await page.goto(`/families/${MARIES_FAMILY}`);
  await page.getByRole('link', { name: 'Family recovery plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Family recovery plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The parent’s own goals' })).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  // A worry: a diagnostic label is warned about (never blocked), then described as behaviour.
  await page.getByRole('button', { name: 'Add a worry' }).click();
  const worryForm = page.getByRole('form', { name: 'Add a worry' });
  await worryForm.getByLabel('Who is worried?').fill('Daniel (mental health nurse) and Priya (social worker)');
  await worryForm.getByLabel('What is happening that worries people?').fill('Marie is psychotic');
  await expect(worryForm.getByText('This uses a diagnostic label about a person')).toBeVisible();
  await expectAccessible(page);
  const worry = `When Marie is unwell she stays in bed all day and Clare misses school (${tag})`;
  await worryForm.getByLabel('What is happening that worries people?').fill(worry);
  await expect(worryForm.getByText('This uses a diagnostic label about a person')).toBeHidden();
  await worryForm
    .getByLabel('What could happen to the children if nothing changes?')
    .fill('Clare falls behind and feels she has to look after her mum.');
  await worryForm.getByLabel('What will the parent be doing?').fill('Marie tells Patricia the same morning when she cannot get up.');
  await worryForm.getByLabel('What will the children experience?').fill('Clare gets to school every day with an adult she knows.');
  await worryForm.getByLabel('What will professionals see?').fill('School attendance above 95% and Patricia’s texts on hard mornings.');
  await worryForm.getByLabel('For how long?').fill('Every school day for 3 months');
  await worryForm.getByRole('button', { name: 'Add the worry' }).click();
  await expect(page.getByText('The worry was added to the plan.')).toBeVisible();
  const worryCard = page.getByRole('article').filter({ hasText: worry });
  await expect(worryCard.getByText('Clare gets to school every day with an adult she knows.')).toBeVisible();
  await expect(worryCard.getByRole('heading', { name: 'The family’s view' })).toBeVisible();

  // Daniel's own rating for the version being written now.
  await worryCard.getByLabel('Your rating for this worry').selectOption('6');
  await worryCard.getByRole('button', { name: 'Save your rating' }).click();
  await expect(worryCard.getByText(/Your rating of 6 for version \d+ was saved/)).toBeVisible();
  await expect(worryCard.getByRole('img', { name: /Ratings for worry/ })).toBeVisible();
  await worryCard.getByText('Show the ratings as a table').click();
  await expect(worryCard.getByRole('table').getByRole('row', { name: /Daniel/ })).toContainText('6');
});

test('a key worker adds a strength and a non-negotiable action; a form with gaps says what is missing', async ({ page }, info) => {
  const tag = `${info.project.name} ${Date.now()}`;
  await signIn(page, 'daniel');
  await page.goto(`/families/${MARIES_FAMILY}/recovery-plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Family recovery plan' })).toBeVisible();

  // Something that is working well: existing safety.
  const strength = `Patricia takes Clare to school on hard mornings (${tag})`;
  await page.getByRole('button', { name: 'Add something that is working well' }).click();
  const strengthForm = page.getByRole('form', { name: 'Add something that is working well' });
  await strengthForm.getByLabel('What is working well?').fill(strength);
  await strengthForm.getByLabel('Yes, it already keeps the children safe').check();
  await strengthForm.getByRole('button', { name: 'Add to what is working well' }).click();
  await expect(page.getByText('It was added to what is working well.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: strength }).getByText('Existing safety')).toBeVisible();

  // A requirement on the parent that is not negotiable says why, and what happens if it does not happen.
  const action = `Marie takes her medicine every evening (${tag})`;
  await page.getByRole('button', { name: 'Add an action' }).click();
  const actionForm = page.getByRole('form', { name: 'Add an action' });
  await actionForm.getByLabel('What will be done?').fill(action);
  await actionForm.getByLabel('Who will do it?').fill('Marie');
  await fillDate(page, 'By when?', '31', '3', '2027');
  await actionForm.getByLabel('Yes, and it is not negotiable').check();
  await actionForm.getByLabel('Why we ask').fill('When Marie stops her medicine the voices come back within a week.');
  await actionForm
    .getByLabel('If this does not happen')
    .fill('We will meet with Marie and Patricia the same week to agree who looks after the children.');
  await expectAccessible(page);
  await actionForm.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByText('The action was added to the plan.')).toBeVisible();
  const actionCard = page.getByRole('article').filter({ hasText: action });
  await expect(actionCard.getByText('Not negotiable')).toBeVisible();
  await expect(actionCard.getByText('When Marie stops her medicine the voices come back within a week.')).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  // The form says what is missing, GOV.UK style, and the page title says there is an error.
  await page.getByRole('button', { name: 'Add a worry' }).click();
  await page.getByRole('form', { name: 'Add a worry' }).getByRole('button', { name: 'Add the worry' }).click();
  await expect(page.getByRole('alert').getByText('There is a problem')).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);

  // Comparing versions, when the plan has been reviewed at least once.
  const compare = page.getByRole('link', { name: /^Compare version \d+ with/ }).first();
  if ((await compare.count()) > 0) {
    await compare.click();
    await expect(page.getByRole('heading', { level: 1, name: 'What changed in the plan' })).toBeVisible();
    await expectAccessible(page);
  }
});

test('the print layout puts the parent’s goals first and fits A4 width, with no navigation on paper', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await signIn(page, 'priya');
  await page.goto(`/families/${MARIES_FAMILY}/recovery-plan`);
  await page.getByRole('link', { name: 'Print the plan for the family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our family recovery plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  // Marie's mental health parts are not children's services' to read without her consent: the page says so.
  await expect(page.getByText('Some parts of this plan are not shared with your agency.')).toBeVisible();
  await expect(page.getByText('When the voices are loud')).toHaveCount(0);
  await expectAccessible(page);
  const parts = await page.locator('main h2').allTextContents();
  expect(parts.slice(0, 4)).toEqual([
    'Your goals, in your own words',
    'What is working well',
    'What people are worried about, and what needs to be different',
    'Who will do what, and by when',
  ]);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  expect(await overflow()).toBeLessThanOrEqual(0);
  const bodySize = await page
    .locator('.umb-print .govuk-body')
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  // 14pt is 18.67px.
  expect(bodySize).toBeGreaterThanOrEqual(18.6);
});

test('a key worker sees the children’s plans and the parent’s plan, changes a section and writes down a child’s words', async ({
  page,
}, info) => {
  const tag = `${info.project.name} ${Date.now()}`;
  await signIn(page, 'priya');
  await page.goto(`/families/${MARIES_FAMILY}/recovery-plan`);
  await page.getByRole('link', { name: 'Children’s plans and the parent’s wellness plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Children’s plans and the parent’s wellness plan' })).toBeVisible();
  await expectAccessible(page);

  const jamie = page.getByRole('region', { name: 'Jamie', exact: true });
  await expect(jamie.getByRole('heading', { name: 'The person asked to care for Jamie' })).toBeVisible();
  // The explanation written for Jamie is checked against his age.
  await expect(jamie.getByText(/Jamie is 14\. This explanation reads as/)).toBeVisible();
  await jamie.getByRole('button', { name: 'Edit “My routine and school”' }).click();
  const routine = `School bus at 8:10, football on Tuesdays (${tag})`;
  await jamie.getByRole('textbox', { name: 'My routine and school' }).fill(routine);
  await jamie.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(jamie.getByText('“My routine and school” was saved.')).toBeVisible();
  await expect(jamie.getByText(routine)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Marie’s wellness and crisis plan' })).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  await jamie.getByRole('link', { name: 'Jamie’s own words' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jamie’s own words' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/children/${JAMIE}/words`));
  await expectAccessible(page);
  const words = `i like it when mum laughs at my jokes (${tag})`;
  await page.getByRole('radio', { name: 'Good things' }).check();
  await page.getByLabel('Jamie’s exact words').fill(words);
  await page.getByLabel('The workers helping our family').check();
  await page.getByRole('button', { name: 'Keep Jamie’s words' }).click();
  // Sharing needs the child's yes, and a worker must confirm they wrote the child's own words.
  await expect(page.getByRole('alert').getByText('There is a problem')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('I wrote these down in Jamie’s own words').check();
  await page.getByLabel('The child said yes to sharing').check();
  await page.getByRole('button', { name: 'Keep Jamie’s words' }).click();
  await expect(page.getByText('Jamie’s words were kept.')).toBeVisible();
  const kept = page.getByRole('listitem').filter({ hasText: words });
  await expect(kept.getByText(/Written down by .+ for Jamie/)).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
});

test('two people change the same goal: the later save shows the other person’s words and keeps their own', async ({
  page,
  browser,
}, info) => {
  const tag = `${info.project.name} ${Date.now()}`;
  const goal = `I want to cook tea with the children on Sundays (${tag})`;
  await signIn(page, 'daniel');
  await page.goto(`/families/${MARIES_FAMILY}/recovery-plan`);
  await page.getByRole('button', { name: 'Add a goal in the parent’s words' }).click();
  await page.getByLabel('The goal, in the parent’s own words').fill(goal);
  await page.getByRole('button', { name: 'Add the goal' }).click();
  await expect(page.getByText('The goal was added to the plan.')).toBeVisible();

  const priyaContext = await browser.newContext();
  const priya = await priyaContext.newPage();
  await signIn(priya, 'priya');
  await priya.goto(`/families/${MARIES_FAMILY}/recovery-plan`);

  const editGoal = (p: Page) =>
    p
      .getByRole('listitem')
      .filter({ hasText: goal })
      .getByRole('button', { name: /^Edit goal/ });
  await editGoal(page).click();
  await editGoal(priya).click();
  const theirs = `${goal}, and on Wednesdays`;
  await priya.getByLabel('The goal, in the parent’s own words').fill(theirs);
  await priya.getByRole('button', { name: 'Save the goal' }).click();
  await expect(priya.getByText('The goal was changed.')).toBeVisible();
  await priyaContext.close();

  const mine = `${goal}, with Patricia`;
  await page.getByLabel('The goal, in the parent’s own words').fill(mine);
  await page.getByRole('button', { name: 'Save the goal' }).click();
  await expect(page.getByText('Someone else changed this while you were editing')).toBeVisible();
  await expect(page.getByRole('alert').getByText(theirs)).toBeVisible();
  await expect(page.getByLabel('The goal, in the parent’s own words')).toHaveValue(mine);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save the goal' }).click();
  await expect(page.getByText('The goal was changed.')).toBeVisible();
  await expect(page.getByText(`“${mine}”`)).toBeVisible();
});

test('a key worker takes a strength out of the plan after saying yes twice; earlier versions keep it', async ({ page, baseURL }, info) => {
  const text = `Clare’s swimming club on Saturdays (${info.project.name}-${Date.now()})`;
  const api = await apiAs(baseURL ?? '', 'priya');
  expect((await api.post(`/api/families/${MARIES_FAMILY}/recovery-plan/items`, { kind: 'strength', content: { text } })).status()).toBe(
    201,
  );
  await signIn(page, 'priya');
  await page.goto(`/families/${MARIES_FAMILY}/recovery-plan`);
  const card = page.getByRole('listitem').filter({ hasText: text });
  await card.getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('button', { name: 'Take this out of the plan' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, take it out' }).click();
  await expect(page.getByText('Taken out of the plan.')).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
  await api.dispose();
});
