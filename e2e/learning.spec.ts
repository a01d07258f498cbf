// Issue 18 (P15), a learning organisation, as the people in it use it: Marie, on her phone, tells the team how Priya's
// visit went; Angela opens her team's insights, chooses the last quarter, reads the needs-against-support
// chart and the same numbers as a table, and downloads them as a spreadsheet; Angela holds supervision with Priya,
// going through Marie's family with the practice prompts; Priya sees what Marie told her, and her own supervision.
// axe on every page; screenshots kept with the test's results when asked for
// (UMBRELLA_E2E_SCREENSHOTS=1, e2e/helpers.ts).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, shoot, signIn } from './helpers.ts';

async function openPage(browser: Browser, width = 1024): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 812 }, isMobile: width < 500, hasTouch: width < 500 });
  return context.newPage();
}

test.use({ actionTimeout: 20_000, timezoneId: 'Europe/London' });

test('Marie tells the team how a visit went; Angela reads her team’s insights and holds supervision with Priya; Priya sees her feedback', async ({
  browser,
}, info) => {
  // Skipped on the desktop project on purpose: this journey changes the shared demo family, so it runs once.
  test.skip(info.project.name !== 'phone', 'one run: the journey changes the shared demo family; Marie at 375 px, the workers at desktop');
  test.setTimeout(180_000);
  // 1. Marie, on her phone, finds the question about Priya's visit on "Your family" (the demo start asks it, as recording
  //    a visit does: server/seeds/demo-caseload.ts; being her one ask of the week, no other journey's visit or contact
  //    replaces it; the API tests hold when asks are made), answers two of the three questions and writes a few words.
  const marie = await openPage(browser, 375);
  await signIn(marie, 'marie');
  await marie.goto('/my-family');
  await expect(marie.getByRole('heading', { level: 2, name: 'How did the visit with Priya go?' })).toBeVisible();
  await expectAccessible(marie);
  await marie.getByRole('link', { name: 'Tell us', exact: true }).first().click();
  await expect(marie.getByRole('heading', { level: 1, name: 'Tell us what you think' })).toBeVisible();
  await marie.getByRole('group', { name: 'Did you feel listened to?' }).getByLabel('Yes', { exact: true }).check();
  await marie.getByRole('group', { name: 'Do you know what happens next?' }).getByLabel('Mostly', { exact: true }).check();
  await marie
    .getByLabel('Anything you want to say, in your own words (you can leave this empty)')
    .first()
    .fill('Priya listened to me and did not rush. I felt less worried after.');
  await marie.getByRole('radio', { name: /can see it with your name/ }).check();
  await expectAccessible(marie);
  await marie.getByRole('button', { name: 'Send', exact: true }).first().click();
  await expect(marie.getByText('Thank you for telling us')).toBeVisible();
  await shoot(marie, 'marie-feedback-sent');

  // 2. Angela opens the team's insights, chooses the last quarter, reads the chart and its table, and downloads the CSV.
  const angela = await openPage(browser);
  await signIn(angela, 'angela');
  await angela.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(angela.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  // Needs against support is the first insight, shown when the page opens.
  await expect(angela.getByRole('heading', { level: 2, name: 'Needs raised against support received' })).toBeVisible();
  await angela.getByLabel('Last quarter').check();
  await angela.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(angela).toHaveURL(/period=last_quarter/);
  const table = angela.getByRole('table', { name: /Needs raised against support received/ });
  await expect(table).toBeVisible();
  await expect(angela.locator('figure').first()).toBeVisible();
  // Thirty-one families on the team's caseload: some areas of life have enough families to show, some are held back.
  await expect(table.getByRole('cell', { name: /^([5-9]|\d\d+)$/ }).first()).toBeVisible();
  await expect(table.getByText(/fewer than 5|too few to show/).first()).toBeVisible();
  await expectAccessible(angela);
  const [download] = await Promise.all([
    angela.waitForEvent('download'),
    angela.getByRole('link', { name: 'Download as a spreadsheet (CSV)' }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv as Buffer[]).toString('utf8');
  expect(text.split('\n')[0]).toMatch(/Area of life/i);
  expect(text).not.toContain('Dubois');
  await shoot(angela, 'angela-insights');

  // 3. Angela holds supervision with Priya: Marie's family with the practice prompts, and her notes.
  await angela.getByRole('link', { name: 'Supervision', exact: true }).click();
  await expect(angela.getByRole('heading', { level: 1, name: 'Supervision' })).toBeVisible();
  await expectAccessible(angela);
  await angela.getByLabel('Who with').selectOption({ label: 'Priya Shah' });
  await angela.getByRole('button', { name: 'Start supervision' }).click();
  await expect(angela.getByText(/never part of the family’s record|never part of the family's record/)).toBeVisible();
  await angela
    .getByRole('textbox', { name: 'Notes', exact: true })
    .fill('Priya is carrying a lot this month; we agreed to protect Friday afternoons for writing up.');
  await angela.getByRole('button', { name: 'Save notes' }).click();
  await expect(angela.getByText('Saved').first()).toBeVisible();
  // Each of Priya's families is folded away until opened: Angela opens Marie's and goes through the prompts.
  const maries = angela.getByRole('region', { name: 'Marie, Jamie and Clare' });
  await maries.getByText('Talk about Marie, Jamie and Clare').click();
  await maries.getByLabel('What is the family’s view?').fill('Marie wants the children to stay with her and asks for help with the flat.');
  await maries.getByLabel('What are the strengths?').fill('Marie asks for help early; Patricia is there for the children.');
  await expectAccessible(angela);
  await maries.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(maries.getByText('Saved')).toBeVisible();
  await shoot(angela, 'angela-supervision');

  // 4. Priya sees what Marie told her, with Marie's name (she chose that), and her own supervision notes.
  const priya = await openPage(browser);
  await signIn(priya, 'priya');
  await priya.getByRole('link', { name: 'Your feedback', exact: true }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'What families told you' })).toBeVisible();
  await expect(priya.getByText('Priya listened to me and did not rush. I felt less worried after.')).toBeVisible();
  await expectAccessible(priya);
  await priya.getByRole('link', { name: 'Supervision', exact: true }).click();
  await priya.getByRole('region', { name: 'Your supervision' }).getByRole('link').first().click();
  // The worker writes in it too, so her notes are in the box she can change.
  await expect(priya.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(/Priya is carrying a lot this month/);
  await expectAccessible(priya);
  await shoot(priya, 'priya-feedback-and-supervision');
});
