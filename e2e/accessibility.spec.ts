// Every page a person can reach, checked with axe at phone and desktop widths (the two projects), as
// the persona who would use it. Journeys elsewhere check behaviour; this sweep makes sure no page is missed.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers.ts';

const F = '00000000-0000-7000-8000-000000000100';
const JAMIE = '00000000-0000-7000-8000-000000000102';
const CLIVE = '00000000-0000-7000-8000-000000000104';
const CLIVES_HOME = '00000000-0000-7000-8000-000000000111';
const FIRST_VISIT = '00000000-0000-7000-8000-000000000151';
// The demo's core group meeting of 24 November (server/seeds/demo-meetings.ts): views, a report, decisions, minutes.
const CORE_GROUP = '00000000-0000-7000-8000-000000000960';

const CLARE = '00000000-0000-7000-8000-000000000103';
// The administrator console's demo rows: Northfield Children's Services (Alex's organisation) and Priya, who works there.
const COUNCIL = '00000000-0000-7000-8000-000000000002';
const PRIYA_STAFF = '00000000-0000-7000-8000-000000000023';

// Long lists are split so a failure names a small group; each test's limit grows with its list (below).
const pages: Record<string, string[]> = {
  priya: [
    '/families',
    `/families/${F}`,
    `/families/${F}/record`,
    `/families/${F}/entries/${FIRST_VISIT}`,
    `/families/${F}/children/${JAMIE}`,
  ],
  'priya (family edits)': [
    `/families/${F}/people/new`,
    `/families/${F}/people/${CLIVE}/edit`,
    `/families/${F}/households/new`,
    `/families/${F}/households/${CLIVES_HOME}/edit`,
    `/families/${F}/relationships/new`,
    `/families/${F}/involvement`,
    `/families/${F}/care-team/add`,
    `/families/${F}/sharing`,
    `/families/${F}/sharing/without-consent`,
    '/notifications',
    '/glossary',
  ],
  'priya (plans)': [
    `/families/${F}/recovery-plan`,
    `/families/${F}/recovery-plan/print`,
    `/families/${F}/plans`,
    `/families/${F}/children/${CLARE}/words`,
  ],
  'daniel (plans)': [`/families/${F}/plans`, `/families/${F}/check-ins`],
  'priya (visits and meetings)': [
    `/families/${F}/appointments`,
    `/families/${F}/appointments/new`,
    `/families/${F}/appointments/unannounced`,
    `/families/${F}/meetings/new`,
    `/families/${F}/meetings/${CORE_GROUP}`,
  ],
  angela: ['/team/meetings/minutes-overdue'],
  // Issue 18: insights (with a breakdown), supervision, the team's feedback; a service manager's insights.
  'angela (learning)': ['/insights', '/insights?insight=feedback&breakdown=ethnicity', '/supervision', '/feedback'],
  'priya (learning)': ['/feedback', '/supervision'],
  grace: ['/insights', '/insights?insight=unannounced_visits&period=last_quarter'],
  'marie (learning)': ['/my-family/feedback', '/my-information/about-you'],
  mark: ['/emergency-access'],
  alex: ['/glossary/new'],
  'alex (administration)': [
    `/admin/organisations/${COUNCIL}`,
    `/admin/organisations/${COUNCIL}/workers/new`,
    `/admin/organisations/${COUNCIL}/teams/new`,
    `/admin/workers/${PRIYA_STAFF}`,
    `/admin/workers/${PRIYA_STAFF}/edit`,
    `/admin/workers/${PRIYA_STAFF}/reset-second-factor`,
    '/admin/outbox',
  ],
  jordan: ['/admin', '/admin/organisations/new'],
  'priya (families and accounts)': [
    '/families/new',
    `/families/${F}/invite`,
    `/families/${F}/close`,
    `/families/${F}/send-a-copy`,
    '/account',
  ],
  ruth: ['/governance'],
  marie: ['/my-family', '/my-record', '/my-record/access', `/my-family/children/${JAMIE}`, '/my-information'],
  'marie (her choices)': ['/my-family/trusted-people', '/my-family/closing-summary', '/account', '/my-family/check-in'],
  'marie (calendar)': ['/my-family/calendar', `/my-family/calendar/meetings/${CORE_GROUP}`],
  'marie (plans)': ['/my-plan', '/my-plan/print', '/my-plan/crisis', '/my-plan/children', '/my-plan/sharing'],
  jamie: ['/my-record', '/my-information', '/my-plan', '/my-information/about-you'],
  patricia: ['/my-family', '/my-plan/shared'],
  clive: ['/my-plan/shared', '/my-record'],
};

for (const [group, urls] of Object.entries(pages)) {
  test(`every page ${group} uses has no accessibility violations`, async ({ page }) => {
    // A sign-in, then a page load and an axe scan for each page: under a second a page on a quiet 2-core machine,
    // 2 to 3 s at a load average of 12. 5 s more for each page keeps a long list well inside its limit.
    test.setTimeout(60_000 + urls.length * 5_000);
    await signIn(page, group.split(' ')[0] as string);
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not found|something went wrong/i);
      await expectAccessible(page);
    }
  });
}

test('every page someone signed out can reach has no accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  // Signing in, a forgotten password, and typing the code from a sign-in letter.
  for (const url of ['/sign-in', '/forgotten-password', '/welcome']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});
