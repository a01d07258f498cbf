// Issue 14's journey on a phone (375 px): Marie asks for help "this week"; Daniel is told, acknowledges and arranges
// a visit; Marie sees who answered. Later Marie starts her crisis plan; Patricia is told, confirms she can look after
// the children and sees only what Marie asked to tell her; Olu, an out-of-hours social worker not on the care team,
// reads the crisis plan under emergency access; and Marie looks back on the crisis after it ends. axe on every page.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, persona, signIn, unusedCode } from './helpers.ts';

const F = '00000000-0000-7000-8000-000000000100';

/** A phone of its own for each person, 375 px wide (the width the issue names). */
async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

test.use({ actionTimeout: 20_000 });

/** Chooses the option of a labelled select whose words include `text` (options carry a description after the name). */
async function choose(page: Page, label: string, text: string) {
  const select = page.getByLabel(label);
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

test('Marie asks for help and is answered; later her crisis plan works when it is needed', async ({ browser }, info) => {
  // The journey changes Marie's family for good (a request, a crisis plan used and looked back on), and both projects
  // share one database: it runs once, at the phone's width, which is the width the issue asks for.
  // Skipped on the desktop project on purpose: this journey changes the shared demo family, so it runs once.
  test.skip(info.project.name !== 'phone', 'one run, at 375 px: the journey changes the shared demo family');
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const request = `I have not slept for two nights and I am struggling to get the children to school. I need help this week please (${run}).`;
  const whatWillHappen = `Thank you for telling me. I will come round tomorrow morning after the school run (${run}).`;
  const forPatricia = `Please collect Clare from school and stay with the children at yours (${run}).`;
  const forHelen = `Please keep an eye on Jamie and Clare at school this week (${run}).`;
  const reflection = `Patricia having the children meant I could rest. Being asked early helped (${run}).`;

  // 1. Marie asks for help from her family's page, on her phone.
  const marie = await openPage(browser);
  await signIn(marie, 'marie');
  await marie.goto('/my-family');
  await expectAccessible(marie);
  await marie.getByRole('link', { name: 'I need some help' }).click();
  await expect(marie.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(marie);
  // Out of hours the page first shows the people in her plan and the numbers that answer day and night.
  const writeAnyway = marie.getByRole('button', { name: 'Write a message for the team' });
  if (await writeAnyway.isVisible()) {
    await expect(marie.getByText('Samaritans', { exact: true })).toBeVisible();
    await writeAnyway.click();
  }
  await marie.getByLabel('What is happening?').fill(request);
  await marie.getByRole('radio', { name: 'This week', exact: true }).check();
  await marie.getByRole('checkbox', { name: 'A visit' }).check();
  await marie.getByLabel('A time that suits you (optional)').fill('Mornings after the school run');
  await marie.getByRole('button', { name: 'Send my request' }).click();
  await expect(marie.getByText(/Thank you\. .* been told\./)).toBeVisible();
  await expect(marie.getByText(request)).toBeVisible();
  await expectAccessible(marie);

  // 2. Daniel is told, opens the request, acknowledges it and arranges a visit.
  const daniel = await openPage(browser);
  await signIn(daniel, 'daniel');
  await daniel.goto('/notifications');
  await expect(daniel.getByText(/Marie.* has asked for help \(this week\)/).first()).toBeVisible();
  await expectAccessible(daniel);
  await daniel.goto(`/families/${F}`);
  await daniel
    .getByRole('link', { name: /Marie.* asked for help/ })
    .first()
    .click();
  await expect(daniel.getByText(request)).toBeVisible();
  // What helps her, from her own plan as she shared it with him.
  await expect(daniel.getByText('I stop answering the phone, stay in bed after the school run')).toBeVisible();
  await expectAccessible(daniel);
  await daniel.getByLabel('What will happen next').fill(whatWillHappen);
  await daniel.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(daniel.getByText('You acknowledged it. Marie has been told.')).toBeVisible();
  await expect(daniel.getByText('Daniel Okafor read it')).toBeVisible();
  const tomorrow = new Date(Date.now() + 86_400_000);
  await daniel.locator('#contactDay-day').fill(String(tomorrow.getUTCDate()));
  await daniel.locator('#contactDay-month').fill(String(tomorrow.getUTCMonth() + 1));
  await daniel.locator('#contactDay-year').fill(String(tomorrow.getUTCFullYear()));
  await daniel.getByLabel('Time', { exact: true }).fill('09:30');
  await daniel.getByRole('radio', { name: 'A visit' }).check();
  await daniel.getByRole('button', { name: 'Arrange contact' }).click();
  await expect(daniel.getByText('The contact is arranged. Marie has been told.')).toBeVisible();
  await expectAccessible(daniel);

  // 3. Marie sees who answered, when, and what will happen.
  await marie.goto('/my-family/help');
  await expect(marie.getByText(whatWillHappen)).toBeVisible();
  await expect(marie.getByText(/Daniel Okafor/).first()).toBeVisible();
  await expectAccessible(marie);

  // 4. Later, Marie chooses what Patricia and the school are told, and what crisis services may read.
  await marie.goto('/my-plan/crisis');
  await expectAccessible(marie);
  await choose(marie, 'Who should be told?', 'Patricia (');
  await marie.getByLabel('What should they be told?').fill(forPatricia);
  await marie.getByRole('button', { name: 'Save what to tell them' }).click();
  await expect(marie.getByText(forPatricia)).toBeVisible();
  // The form empties itself once a message is saved; choose the next person only after that, or the choice is undone.
  await expect(marie.getByText(/^Saved\. Patricia will be told this/)).toBeVisible();
  await expect(marie.getByLabel('Who should be told?')).toHaveValue('');
  await choose(marie, 'Who should be told?', 'Helen Carter');
  await marie.getByLabel('What should they be told?').fill(forHelen);
  await marie.getByRole('button', { name: 'Save what to tell them' }).click();
  await expect(marie.getByText(forHelen)).toBeVisible();
  await marie.getByRole('link', { name: 'Choose what crisis services can read' }).click();
  await expect(marie.getByRole('heading', { level: 1, name: 'What crisis services can read' })).toBeVisible();
  await marie.getByRole('checkbox', { name: 'Crisis plan: signs that others should take over' }).check();
  await marie.getByRole('checkbox', { name: 'Crisis plan: what I want others to do' }).check();
  await marie.getByRole('button', { name: 'Save what crisis services can read' }).click();
  await expectAccessible(marie);

  // 5. She starts her crisis plan.
  await marie.goto('/my-plan/crisis');
  await marie.getByRole('button', { name: 'Start my crisis plan', exact: true }).click();
  await marie.getByRole('button', { name: 'Yes, start my crisis plan' }).click();
  await expect(marie.getByRole('heading', { name: 'Your crisis plan is in use' })).toBeVisible();
  await expectAccessible(marie);

  // 6. Patricia is told, sees only what Marie asked to tell her, and confirms she can look after the children.
  const patricia = await openPage(browser);
  await signIn(patricia, 'patricia');
  await patricia.goto('/my-plan/crisis-in-use');
  await expect(patricia.getByRole('heading', { level: 1, name: 'Marie’s crisis plan is in use' })).toBeVisible();
  await expect(patricia.getByText(forPatricia)).toBeVisible();
  await expect(patricia.getByText(forHelen)).toHaveCount(0);
  await expectAccessible(patricia);
  await patricia.getByRole('radio', { name: 'I can do this' }).check();
  await patricia.getByRole('button', { name: 'Send my answer' }).click();
  await expect(patricia.getByText(/Thank you/).first()).toBeVisible();
  await expectAccessible(patricia);
  // What left the server for her holds her message and nobody else's.
  const seen = await patricia.evaluate(async () => (await fetch('/api/families/00000000-0000-7000-8000-000000000100/crisis-plans')).text());
  expect(seen).toContain(forPatricia);
  expect(seen).not.toContain(forHelen);

  // 7. Olu, out of hours and not on the care team, opens the record under emergency access and reads the crisis plan.
  const olu = await openPage(browser);
  await signIn(olu, 'olu');
  await olu.goto('/emergency-access');
  await olu.getByLabel('Family reference').fill(F);
  await olu.getByLabel('Why do you need to open this record now?').fill(`Called by the police at 2am: Marie is in crisis (${run}).`);
  const me = persona('olu');
  await olu.getByLabel('Security code').fill(await unusedCode(me.username, me.totpSecret ?? ''));
  await olu.getByRole('button', { name: 'Open record in an emergency' }).click();
  await expect(olu.getByRole('heading', { level: 1, name: 'Emergency access started' })).toBeVisible();
  await expectAccessible(olu);
  await olu.goto(`/families/${F}/plans`);
  await expect(olu.getByText('I stop talking, I don’t get the children up for school')).toBeVisible();
  await expect(olu.getByText('Patricia will look after Jamie at her house on Elm Road')).toBeVisible();
  // Not marked for crisis services: what she is like when well, and her early signs.
  await expect(olu.getByText('Chatty, busy, making plans')).toHaveCount(0);
  await expect(olu.getByText('I stop answering the phone, stay in bed')).toHaveCount(0);
  await expectAccessible(olu);

  // 8. The crisis passes: Marie says her plan is no longer needed and looks back on what helped.
  await marie.goto('/my-plan/crisis');
  await marie.getByRole('button', { name: 'My crisis plan is no longer needed' }).click();
  await expect(marie.getByRole('heading', { name: 'Looking back at your crisis plan' })).toBeVisible();
  await marie.getByLabel('What helped?').fill(reflection);
  await marie.getByRole('button', { name: 'Save and finish looking back' }).click();
  // Her words stay in the field she wrote them in (its value, not its text: only React mirrors a textarea's value into its text).
  await expect(marie.getByLabel('What helped?')).toHaveValue(reflection);
  await expectAccessible(marie);
});
