// The plans from the family's side, in the browser: Marie works on the family plan from a phone, writes and
// shares part of her crisis plan, Patricia reads it and says she will look after the children, and Jamie
// keeps words of his own that nobody else can read. Every page is checked with axe.
import { expect, type Page, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, signInWithForm } from './helpers.ts';

const MARIES_FAMILY = '00000000-0000-7000-8000-000000000100';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** Unique words for this run and project, so the journeys can run twice on one database. */
const unique = (what: string, project: string) => `${what} (${project} ${Date.now()}-${Math.floor(Math.random() * 1000)})`;

/** Nothing wider than the screen (WCAG reflow): a phone never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.content).toBeLessThanOrEqual(widths.screen);
}

async function openPlansPage(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Your plans' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('Marie adds her goal, her view of a worry, her rating and her agreement from a phone, and prints the plan', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const goal = unique('I want to walk Clare to school on Fridays', info.project.name);
  const view = unique('I shout sometimes when I am tired, but I never leave the children alone', info.project.name);
  const reasons = unique('I agree with most of it, but I am worried about the evening visits', info.project.name);
  const agrees = info.project.name === 'phone' ? 'I partly agree' : 'No, I do not agree';

  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, 'marie');
  await page.getByRole('link', { name: 'Your plans' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your family plan' })).toBeVisible();
  // Her own goals come first.
  await expect(page.locator('main h2').nth(1)).toHaveText('Your goals, in your own words');
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  await page.getByLabel('Add a goal, in your own words').fill(goal);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByText('Your goal has been added.')).toBeVisible();
  await expect(page.getByText(goal)).toBeVisible();

  // What is working well: she adds one, then changes her own words.
  const strength = unique('My sister helps with the school run', info.project.name);
  const changed = unique('My sister helps with the school run on Mondays and Thursdays', info.project.name);
  await page.getByLabel('Add something that is working well').fill(strength);
  await page.getByRole('button', { name: 'Add to what is working well' }).click();
  await expect(page.getByText('Thank you. It has been added.')).toBeVisible();
  const item = page.locator('.umb-mp-item').filter({ hasText: strength });
  await item.getByRole('button', { name: /^Change/ }).click();
  const box = page.getByRole('textbox', { name: 'Change what is working well' });
  await expect(box).toBeFocused();
  await box.fill(changed);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(changed)).toBeVisible();
  await expect(page.getByText(strength, { exact: true })).toHaveCount(0);
  await expect(
    page
      .locator('.umb-mp-item')
      .filter({ hasText: changed })
      .getByRole('button', { name: /^Change/ }),
  ).toBeFocused();

  const worry = page.getByRole('article', { name: 'Worry 1' });
  const change = worry.getByRole('button', { name: /Change your view/ });
  if (await change.isVisible()) await change.click();
  await worry.getByLabel(agrees).check();
  await worry.getByLabel('Your view, in your own words').fill(view);
  await worry.getByRole('button', { name: 'Save your view' }).click();
  await expect(worry.getByText(view)).toBeVisible();
  await expect(worry.getByText(info.project.name === 'phone' ? 'The family partly agrees' : 'The family does not agree')).toBeVisible();

  await worry.getByRole('group', { name: 'Your rating, from 0 to 10' }).getByLabel('6', { exact: true }).check();
  await worry.getByRole('button', { name: /Save your rating/ }).click();
  await expect(worry.getByText(/Your rating now is\s*6/)).toBeVisible();
  await expectAccessible(page);

  // Not agreeing needs a reason: the error summary says so and the page title starts with "Error:".
  await page.getByRole('radio', { name: 'I do not agree', exact: true }).check();
  await page.getByLabel('Your reasons').fill('');
  await page.getByRole('button', { name: 'Save your answer' }).click();
  await expect(page.getByRole('link', { name: 'Say what worries you or why you do not agree' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Your family plan/);
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'I agree, with some worries', exact: true }).check();
  await page.getByLabel('Your reasons').fill(reasons);
  await page.getByRole('button', { name: 'Save your answer' }).click();
  await expect(page.getByText('Your answer has been saved.')).toBeVisible();
  const whoAgreed = page.locator('.umb-mp-who-agreed');
  await expect(whoAgreed.getByText(reasons)).toBeVisible();
  await expect(whoAgreed.locator('li').filter({ hasText: reasons })).toContainText('I agree, with some worries');
  await expectAccessible(page);

  // The plan to take home: her goals first, large type, no menus on paper, nothing wider than A4.
  await page.getByRole('link', { name: 'Print your plan or save it as a PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your family plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expect(page.locator('main h2').first()).toHaveText('Your goals, in your own words');
  await expect(page.getByText(goal)).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const layout = await page.evaluate(() => {
    const text = document.querySelector('.umb-mp-print p');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      fontSize: text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0,
    };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(794);
  // 14pt is 18.67 CSS pixels.
  expect(layout.fontSize).toBeGreaterThanOrEqual(18.6);
  await context.close();
});

test('Marie writes part of her crisis plan and shares it with Patricia; Patricia reads it and says she will look after Jamie and Clare', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const words = unique('Ask Patricia first. I would rather stay at her house than go to hospital', info.project.name);
  const section = 'Crisis plan: alternatives to hospital';

  const marieContext = await browser.newContext(PHONE);
  const marie = await marieContext.newPage();
  await signIn(marie, 'marie');
  await marie.goto('/my-plan');
  await openPlansPage(marie, 'Your wellness and crisis plan', 'Your wellness and crisis plan');
  const start = marie.getByRole('button', { name: 'Start your wellness and crisis plan' });
  if (await start.isVisible()) await start.click();
  await expectAccessible(marie);
  await expectNoSidewaysScroll(marie);
  await marie.getByLabel(section).fill(words);
  await marie.getByRole('button', { name: `Save ${section}` }).click();
  await expect(marie.getByText('Saved.', { exact: true })).toBeVisible();
  await expect(marie.getByLabel(section)).toHaveValue(words);
  await expectAccessible(marie);

  await openPlansPage(marie, 'Who can see your plans', 'Who can see your plans');
  await expectAccessible(marie);
  await expectNoSidewaysScroll(marie);
  const patriciaCard = marie.getByRole('region', { name: /^Patricia/ });
  await patriciaCard.getByText('Change what Patricia can see').click();
  const tick = patriciaCard.getByLabel(section);
  if (!(await tick.isChecked())) {
    await tick.check();
    await expect(patriciaCard.getByText(`Patricia can now see “${section}”.`)).toBeVisible();
  }
  await expect(patriciaCard.locator('.umb-mp-can-see')).toContainText(section);
  await expectAccessible(marie);

  await openPlansPage(marie, 'Your children’s plans', 'Your children’s plans');
  await expect(marie.getByRole('heading', { name: 'Jamie’s plan if you are unwell' })).toBeVisible();
  await expect(marie.getByText(/Patricia( Evans)? was asked on/).first()).toBeVisible();
  await expectAccessible(marie);
  await expectNoSidewaysScroll(marie);

  const patriciaContext = await browser.newContext();
  const patricia = await patriciaContext.newPage();
  await signInWithForm(patricia, 'patricia');
  // Her messages (Marie shared something, she is asked to look after the children) are on her family's page.
  await expect(patricia.getByRole('heading', { name: 'Messages for you' })).toBeVisible();
  await expect(patricia.getByText(/shared part of a plan with you/).first()).toBeVisible();
  await patricia.getByRole('link', { name: 'Plans shared with you' }).first().click();
  await expect(patricia.getByRole('heading', { level: 1, name: 'What Marie has shared with you' })).toBeVisible();
  await expect(patricia.getByText(words)).toBeVisible();
  await expectNoSidewaysScroll(patricia);
  // Only what Marie shared: never the parts of her plan she kept to herself.
  await expect(patricia.getByRole('heading', { name: 'What I am like when I am well' })).toHaveCount(0);
  await expectAccessible(patricia);
  for (const child of ['Jamie', 'Clare']) {
    const question = patricia.getByRole('form', { name: `Will you look after ${child} if Marie is unwell?` });
    await question.getByLabel('Yes, I agree').check();
    await question.getByRole('button', { name: `Send your answer about ${child}` }).click();
    await expect(question.getByText(`You said you will look after ${child}.`)).toBeVisible();
  }
  await expectAccessible(patricia);
  await patriciaContext.close();

  // Clive, Jamie and Clare's dad, writes in the children's plans as their parent, and is not given the part of Marie's
  // own plan that she shared with Patricia only.
  const cliveContext = await browser.newContext(PHONE);
  const clive = await cliveContext.newPage();
  await signInWithForm(clive, 'clive');
  await clive.getByRole('link', { name: 'Your children’s plans' }).first().click();
  await expect(clive.getByRole('heading', { level: 1, name: 'Your children’s plans' })).toBeVisible();
  await expect(clive.getByRole('heading', { name: 'Jamie’s plan if Marie is unwell' })).toBeVisible();
  await expect(clive.getByRole('heading', { name: 'Who will look after Jamie if Marie is unwell' })).toBeVisible();
  const dadWords = unique('Jamie can stay with me at weekends and I take him to football', info.project.name);
  const routine = clive.getByRole('region', { name: 'Jamie' }).getByLabel('My routine and school');
  await routine.fill(dadWords);
  await clive.getByRole('region', { name: 'Jamie' }).getByRole('button', { name: 'Save My routine and school' }).click();
  await expect(clive.getByText('Saved.', { exact: true }).first()).toBeVisible();
  await expectAccessible(clive);
  await expectNoSidewaysScroll(clive);
  await clive.getByRole('link', { name: 'Shared with you' }).first().click();
  await expect(clive.getByRole('heading', { level: 1, name: 'What Marie has shared with you' })).toBeVisible();
  await expect(clive.getByText(words)).toHaveCount(0);
  await expect(clive.getByRole('heading', { name: section })).toHaveCount(0);
  await expectAccessible(clive);
  await cliveContext.close();

  await marie.reload();
  await expect(marie.getByText(/Patricia( Evans)? was asked on .* and agreed/).first()).toBeVisible();
  await marieContext.close();
});

test('Jamie keeps words of his own that nobody else can read, and rates his mum’s goal', async ({ browser, baseURL }, info) => {
  test.setTimeout(90_000);
  const words = unique('I worry about mum when she stays in bed all day', info.project.name);

  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signInWithForm(page, 'jamie');
  await page.getByRole('link', { name: 'Your plan', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is happening', exact: true })).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  const goalRating = page.getByRole('group', { name: 'Your rating, from 0 to 10' }).first();
  if (await goalRating.isVisible()) {
    await goalRating.getByLabel('7', { exact: true }).check();
    await page
      .getByRole('button', { name: /Save your rating/ })
      .first()
      .click();
    await expect(page.getByText(/Your rating now is\s*7/).first()).toBeVisible();
  }

  await page.getByLabel('Things I worry about').check();
  await page.getByLabel('Your words').fill(words);
  await expect(page.getByRole('group', { name: 'Who can read this?' })).toContainText('Only you can read this unless you choose');
  await expect(page.getByText('Only you will be able to read this.')).toBeVisible();
  await page.getByRole('button', { name: 'Save your words' }).click();
  await expect(page.getByText('Your words have been saved.')).toBeVisible();
  const piece = page.getByRole('listitem').filter({ hasText: words });
  await expect(piece).toContainText('Who can read this: Only you');
  await expectAccessible(page);

  // Not shared, so not in anything Marie receives.
  const marieApi = await apiAs(baseURL ?? '', 'marie');
  const childWords = `/api/families/${MARIES_FAMILY}/child-words`;
  let response = await marieApi.get(childWords);
  expect(response.status()).toBe(200);
  expect(await response.text()).not.toContain(words);
  const jamieApi = await apiAs(baseURL ?? '', 'jamie');
  expect(await (await jamieApi.get(childWords)).text()).toContain(words);
  await jamieApi.dispose();

  // Jamie changes his mind: now his mum can read them.
  await piece.getByRole('button', { name: /Change who can read this/ }).click();
  await piece.getByLabel('My mum or dad', { exact: true }).check();
  await piece.getByRole('button', { name: 'Save who can read this' }).click();
  await expect(piece).toContainText('Who can read this: You, and: my mum or dad');
  await expectAccessible(page);
  response = await marieApi.get(childWords);
  expect(await response.text()).toContain(words);
  await marieApi.dispose();
  await context.close();
});

test('two saves of the same part of Marie’s plan: the later one is shown the earlier words and keeps its own', async ({
  browser,
}, info) => {
  test.setTimeout(90_000);
  const section = 'After a crisis';
  const first = unique('A quiet week at home with the children', info.project.name);
  const second = unique('Time with Patricia, then back to the school run', info.project.name);

  const oneContext = await browser.newContext(PHONE);
  const one = await oneContext.newPage();
  await signIn(one, 'marie');
  await one.goto('/my-plan/crisis');
  const twoContext = await browser.newContext(PHONE);
  const two = await twoContext.newPage();
  // The second phone signs in for itself: a session of its own.
  await signInWithForm(two, 'marie');
  await two.goto('/my-plan/crisis');
  await expect(two.getByRole('heading', { level: 1, name: 'Your wellness and crisis plan' })).toBeVisible();

  await one.getByLabel(section).fill(first);
  await one.getByRole('button', { name: `Save ${section}` }).click();
  await expect(one.getByText('Saved.', { exact: true })).toBeVisible();

  await two.getByLabel(section).fill(second);
  await two.getByRole('button', { name: `Save ${section}` }).click();
  const conflict = two.getByRole('alert').filter({ hasText: 'while you were writing' });
  await expect(conflict).toContainText(first);
  await expect(two.getByLabel(section)).toHaveValue(second);
  await expectAccessible(two);

  await two.getByRole('button', { name: `Save ${section}` }).click();
  await expect(two.getByText('Saved.', { exact: true })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await one.reload();
  await expect(one.getByLabel(section)).toHaveValue(second);
  await oneContext.close();
  await twoContext.close();
});
