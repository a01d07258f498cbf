// Issue 13's journey for a real family, from a fresh installation with the demo loaded: an administrator adds a
// worker, who accepts the emailed invitation, sets up an authenticator and starts a family; the mother is invited by
// email, finds a welcoming record and invites a friend, who sees only what she shares; the worker closes the work
// with the family and the mother reads the closing summary. Every message is read from the run's SMTP server, and
// every page the journey visits passes axe.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { NETWORK_MEMBER_WELCOME, PARENT_WELCOME } from '../shared/domain/family-words.ts';
import { type Credentials, expectAccessible, signIn, signInWith, unusedCode } from './helpers.ts';
import { waitForMail } from './mail.ts';

/** A context of its own for each person, at the project's width (the browser fixture gives the project's options). */
async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Goes to a page through the link a person would follow (a GOV.UK start link is a link styled, and named, as a button). */
async function follow(page: Page, name: string | RegExp) {
  await page.getByRole('link', { name }).or(page.getByRole('button', { name })).first().click();
}

// A missing step fails in seconds, not at the end of the journey's limit.
test.use({ actionTimeout: 20_000 });

async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year ?? '');
}

/** A strong password of unrelated words that zxcvbn scores well, different for each person. */
const passwordFor = (who: string) => `kettle orbit tulip marching ${who}`;

test('a new worker starts a real family, invites the mother by email, and the work with the family ends', async ({ browser }, info) => {
  test.setTimeout(300_000);
  // Names of their own for each project and run: the two projects share one database, and the duplicate check would
  // (rightly) find the other project's family if the people were the same.
  const run = `${info.project.name === 'phone' ? 'p' : 'd'}${Date.now().toString(36)}`;
  const surname = info.project.name === 'phone' ? 'Penrose' : 'Hartley';
  const worker = { name: `Robin ${surname}`, username: `robin.${run}`, email: `robin.${run}@northfield.example` };
  const mother = { name: `Sam ${surname}`, email: `sam.${run}@example.org` };
  const children = [
    { name: `Ellie ${surname}`, dateOfBirth: '2014-03-09' },
    { name: `Noah ${surname}`, dateOfBirth: '2018-11-21' },
  ];
  const friend = { name: 'Kim Ashworth', email: `kim.${run}@example.org` };
  const referralReason = `Sam asked for help with the school run and with sleep while she is feeling low (${run}).`;
  const keptToHerself = `I like cooking with the children and walking by the river (${run}).`;
  const shared = `If I am unwell, ask Kim first. I would rather stay at her house than go to hospital (${run}).`;
  const summaryWords = `We met every week for three months. Mornings are calmer and the children get to school on time (${run}).`;

  // 1. Alex, the council's administrator, adds the worker in the administrator console.
  const alex = await openPage(browser);
  await signIn(alex, 'alex');
  await alex.goto('/admin');
  // An administrator of one organisation goes straight to it.
  await expect(alex.getByRole('heading', { level: 1, name: /^Northfield Children.s Services$/ })).toBeVisible();
  await expectAccessible(alex);
  await follow(alex, 'Add a worker');
  await expect(alex.getByRole('heading', { level: 1, name: 'Add a worker' })).toBeVisible();
  await alex.getByLabel('Full name', { exact: true }).fill(worker.name);
  await alex.getByLabel('Job title', { exact: true }).fill('Children’s social worker');
  await alex.getByLabel('Profession', { exact: true }).fill('Social work');
  await alex.getByRole('radio', { name: 'Practitioner' }).check();
  await alex.getByLabel('Team', { exact: true }).selectOption({ label: 'Family Safeguarding Team' });
  await alex.getByLabel('Email address', { exact: true }).fill(worker.email);
  await alex.getByLabel('Username', { exact: true }).fill(worker.username);
  await expectAccessible(alex);
  await alex.getByRole('button', { name: 'Add worker' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: `${worker.name} was added` })).toBeVisible();
  await expect(alex.getByTestId('invitation-link')).toContainText(`We have emailed this link to ${worker.name}`);
  await expectAccessible(alex);
  await follow(alex, `See ${worker.name}’s details`);
  await expect(alex.getByRole('heading', { level: 1, name: worker.name })).toBeVisible();
  await expect(alex.getByText('Invited', { exact: true })).toBeVisible();
  await expectAccessible(alex);

  // 2. Robin opens the invitation from their inbox, chooses a password, sets up the authenticator, keeps the codes.
  const invitation = await waitForMail(worker.email, { subject: /invited/ });
  expect(invitation.path).toMatch(/^\/welcome\/[A-Za-z0-9_-]{20,}$/);
  const robin = await openPage(browser);
  await robin.goto(invitation.path);
  await expect(robin.getByRole('heading', { level: 1, name: `Welcome to Umbrella, ${worker.name}` })).toBeVisible();
  await expect(robin.getByLabel('Username', { exact: true })).toHaveValue(worker.username);
  await expectAccessible(robin);
  const robinLogin: Credentials = { username: worker.username, password: passwordFor('robin') };
  await robin.getByLabel('Password', { exact: true }).fill(robinLogin.password);
  await robin.getByRole('button', { name: 'Save my password' }).click();
  await expect(robin.getByRole('heading', { level: 1, name: 'Set up your authenticator app' })).toBeVisible();
  await expectAccessible(robin);
  await robin.getByRole('button', { name: 'Show my set-up code' }).click();
  await expect(robin.getByRole('img', { name: /QR code/ })).toBeVisible();
  robinLogin.totpSecret = (await robin.locator('.umb-setup-code').innerText()).replace(/\s+/g, '');
  expect(robinLogin.totpSecret).toMatch(/^[A-Z2-7]{26,}$/);
  await expectAccessible(robin);
  await robin
    .getByLabel('The 6-digit code the app now shows for Umbrella', { exact: true })
    .fill(await unusedCode(worker.username, robinLogin.totpSecret));
  await robin.getByRole('button', { name: 'Check the code' }).click();
  await expect(robin.getByRole('heading', { level: 1, name: 'Your account is ready' })).toBeVisible();
  const recoveryCodes = await robin.locator('.umb-recovery-codes code').allInnerTexts();
  expect(new Set(recoveryCodes).size).toBe(10);
  await expectAccessible(robin);

  // 3. Robin signs in with the password and a code, and starts the family: Sam and her two children.
  await signInWith(robin, robinLogin);
  await robin.goto('/families');
  await follow(robin, 'Start a family');
  await expect(robin.getByRole('heading', { level: 1, name: 'Start a family' })).toBeVisible();
  await expectAccessible(robin);
  await robin.getByLabel('Who asked for help or raised the worry?', { exact: true }).fill('Sam herself, after talking to her GP');
  await robin.getByLabel('Why?', { exact: true }).fill(referralReason);
  await robin.getByLabel('Your role with this family', { exact: true }).selectOption('childrens_social_worker');
  await robin.locator('#person-0-fullName').fill(mother.name);
  await fillDate(robin, 'person-0-dateOfBirth', '1988-06-14');
  await robin.locator('#person-0-amh').check();
  await robin.locator('#person-1-fullName').fill(children[0]?.name ?? '');
  await fillDate(robin, 'person-1-dateOfBirth', children[0]?.dateOfBirth ?? '');
  await robin.getByRole('button', { name: 'Add a child' }).click();
  await robin.locator('#person-2-fullName').fill(children[1]?.name ?? '');
  await fillDate(robin, 'person-2-dateOfBirth', children[1]?.dateOfBirth ?? '');
  await expectAccessible(robin);
  await robin.getByRole('button', { name: 'Start the family' }).click();
  await robin.waitForURL(/\/families\/[0-9a-f-]{36}$/);
  const familyId = new URL(robin.url()).pathname.split('/')[2] ?? '';
  await expect(robin.getByText('You are the first member of its care team.')).toBeVisible();
  for (const person of [mother, ...children]) await expect(robin.getByText(person.name).first()).toBeVisible();
  await expectAccessible(robin);

  // 4. Robin invites Sam by email.
  await follow(robin, 'Invite the family to Umbrella');
  await expect(robin.getByRole('heading', { level: 1, name: 'Invite the family' })).toBeVisible();
  await expectAccessible(robin);
  await robin.getByRole('group', { name: 'Who would you like to invite?' }).getByRole('radio', { name: mother.name }).check();
  await robin.getByRole('radio', { name: 'By email' }).check();
  await robin.getByLabel('Their email address', { exact: true }).fill(mother.email);
  await robin.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(robin.getByText(`An invitation was sent to ${mother.email}.`)).toBeVisible();
  await expectAccessible(robin);

  // 5. Sam opens the email, chooses her password (no second step for now), signs in and finds a welcoming record.
  const samInvitation = await waitForMail(mother.email, { subject: /invited/ });
  // The message says nothing about the family: no name, no reason, only the link.
  for (const words of [surname, 'Sam', referralReason]) expect(`${samInvitation.subject}\n${samInvitation.text}`).not.toContain(words);
  const sam = await openPage(browser);
  await sam.goto(samInvitation.path);
  await expect(sam.getByRole('heading', { level: 1, name: /^Welcome to Umbrella/ })).toBeVisible();
  await expect(sam.getByText('Umbrella is your family’s shared record.')).toBeVisible();
  await expectAccessible(sam);
  const samLogin: Credentials = { username: await sam.getByLabel('Username', { exact: true }).inputValue(), password: passwordFor('sam') };
  expect(samLogin.username.length).toBeGreaterThanOrEqual(3);
  await sam.getByLabel('Password', { exact: true }).fill(samLogin.password);
  await sam.getByRole('button', { name: 'Save my password' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your password is saved' })).toBeVisible();
  await expectAccessible(sam);
  await sam.getByRole('radio', { name: 'No, just my password for now' }).check();
  await sam.getByRole('button', { name: 'Continue' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your account is ready' })).toBeVisible();
  await expectAccessible(sam);

  await signInWith(sam, samLogin);
  await expect(sam).toHaveURL(/\/my-family$/);
  const welcome = sam.getByRole('region', { name: PARENT_WELCOME.title });
  await expect(welcome).toBeVisible();
  for (const paragraph of PARENT_WELCOME.paragraphs) await expect(welcome.getByText(paragraph)).toBeVisible();
  await expect(sam.getByText(children[0]?.name ?? '').first()).toBeVisible();
  await expect(sam.getByText(worker.name).first()).toBeVisible();
  await expectAccessible(sam);
  // Her record is empty, and says so kindly, rather than showing a blank page.
  await sam.goto('/my-record');
  await expect(sam.getByText('Nothing has been written in your record yet.')).toBeVisible();
  await expectAccessible(sam);
  await sam.goto('/my-family');

  // Sam invites her friend Kim by email, from the welcome.
  await welcome.getByRole('link', { name: 'Invite someone you trust' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'People you trust' })).toBeVisible();
  await expectAccessible(sam);
  await sam.getByLabel('Their name', { exact: true }).fill(friend.name);
  await sam.getByRole('radio', { name: 'A friend' }).check();
  await sam.getByRole('group', { name: 'How should we invite them?' }).getByRole('radio', { name: 'By email' }).check();
  await sam.getByLabel('Their email address', { exact: true }).fill(friend.email);
  await sam.getByRole('button', { name: 'Invite them' }).click();
  await expect(sam.getByText(`We have sent ${friend.name} an email with a link to join.`)).toBeVisible();
  await expect(sam.getByText(`${friend.name}: Invited: has not signed in yet`)).toBeVisible();
  await expectAccessible(sam);

  // Sam writes two parts of her wellness and crisis plan, and shares only one of them with Kim.
  await sam.goto('/my-family');
  await follow(sam, 'Your plans');
  await sam.getByRole('navigation', { name: 'Your plans' }).getByRole('link', { name: 'Your wellness and crisis plan' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your wellness and crisis plan' })).toBeVisible();
  await sam.getByRole('button', { name: 'Start your wellness and crisis plan' }).click();
  for (const [section, words] of [
    ['What I am like when I am well', keptToHerself],
    ['Crisis plan: alternatives to hospital', shared],
  ] as const) {
    await sam.getByLabel(section).fill(words);
    await sam.getByRole('button', { name: `Save ${section}` }).click();
    await expect(sam.getByLabel(section)).toHaveValue(words);
  }
  await expectAccessible(sam);
  await sam.getByRole('navigation', { name: 'Your plans' }).getByRole('link', { name: 'Who can see your plans' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Who can see your plans' })).toBeVisible();
  const kimCard = sam.getByRole('region', { name: /^Kim/ });
  await kimCard.getByText('Change what Kim can see').click();
  await kimCard.getByLabel('Crisis plan: alternatives to hospital', { exact: true }).check();
  await expect(kimCard.getByText('Kim can now see “Crisis plan: alternatives to hospital”.')).toBeVisible();
  await expectAccessible(sam);

  // 6. Kim opens her email, sets up her account, signs in and sees only what Sam shared.
  const kimInvitation = await waitForMail(friend.email, { subject: /invited/ });
  const kim = await openPage(browser);
  await kim.goto(kimInvitation.path);
  await expect(kim.getByRole('heading', { level: 1, name: /^Welcome to Umbrella/ })).toBeVisible();
  await expectAccessible(kim);
  const kimLogin: Credentials = { username: await kim.getByLabel('Username', { exact: true }).inputValue(), password: passwordFor('kim') };
  await kim.getByLabel('Password', { exact: true }).fill(kimLogin.password);
  await kim.getByRole('button', { name: 'Save my password' }).click();
  await kim.getByRole('radio', { name: 'No, just my password for now' }).check();
  await kim.getByRole('button', { name: 'Continue' }).click();
  await expect(kim.getByRole('heading', { level: 1, name: 'Your account is ready' })).toBeVisible();
  await signInWith(kim, kimLogin);
  const kimWelcome = kim.getByRole('region', { name: NETWORK_MEMBER_WELCOME.title });
  await expect(kimWelcome).toBeVisible();
  await expect(kimWelcome).toContainText('can see each time you look at something here');
  await expect(kim.getByText(referralReason)).toHaveCount(0);
  await expectAccessible(kim);
  await follow(kim, 'Plans shared with you');
  await expect(kim.getByRole('heading', { level: 1, name: /has shared with you$/ })).toBeVisible();
  await expect(kim.getByText(shared)).toBeVisible();
  // Only what Sam shared: never the part she kept to herself, nor why the family is supported.
  await expect(kim.getByText(keptToHerself)).toHaveCount(0);
  await expect(kim.getByRole('heading', { name: 'What I am like when I am well' })).toHaveCount(0);
  await expect(kim.getByText(referralReason)).toHaveCount(0);
  await expectAccessible(kim);
  await kim.context().close();

  // 7. Robin closes the work with the family with a summary written for Sam.
  await robin.goto(`/families/${familyId}`);
  await follow(robin, 'Close the work with this family');
  await expect(robin.getByRole('heading', { level: 1, name: 'Close the work with this family' })).toBeVisible();
  await robin.getByLabel('A closing summary for the family', { exact: true }).fill(summaryWords);
  await expectAccessible(robin);
  await robin.getByRole('button', { name: 'Close and tell the family' }).click();
  await expect(robin.getByRole('heading', { level: 1, name: 'The work with this family is closed' })).toBeVisible();
  await expectAccessible(robin);

  // 8. Sam reads the closing summary and replies.
  await sam.goto('/my-family');
  await follow(sam, 'The summary of our work with your family');
  await expect(sam.getByRole('heading', { level: 1, name: 'The summary of our work with your family' })).toBeVisible();
  await expect(sam.getByText(summaryWords)).toBeVisible();
  await expect(sam.getByText(`Written by ${worker.name}`, { exact: false })).toBeVisible();
  await expectAccessible(sam);
  const reply = `Thank you. I would like to keep in touch with the school (${run}).`;
  await sam.getByLabel('Add your reply', { exact: true }).fill(reply);
  await sam.getByRole('button', { name: 'Send your reply' }).click();
  await expect(sam.getByText('Thank you. Your reply is kept with the summary, and your key workers have been told.')).toBeVisible();
  await expect(sam.getByText(reply)).toBeVisible();
  await expectAccessible(sam);

  for (const page of [alex, robin, sam]) await page.context().close();
});
