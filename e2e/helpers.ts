// Shared steps for the browser journeys: signing in as a demo persona and checking a page with axe. Both are
// test steps, so the timing reporter (e2e/timing-reporter.ts) can say how much of each test they took.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

// axe-core itself, the copy @axe-core/playwright brings. Its AxeBuilder injects the 0.5 MB script twice per scan and
// opens a blank page to combine the results, which took 2 to 5 s a scan on a busy 2-core machine; injected once per
// document and run in the page (the app has no frames) a scan takes a fraction of that.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = (requireFromAxePlaywright('axe-core') as { source: string }).source;
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Violation = { id: string; help: string; nodes: { target: unknown[] }[] };

type Persona = { username: string; password: string; totpSecret?: string; name: string };
const personas = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../demo/personas.json'), 'utf8')) as { personas: Persona[] }
).personas;

export function persona(username: string): Persona {
  const p = personas.find((x) => x.username === username);
  if (!p) throw new Error(`No demo persona ${username}`);
  return p;
}

// The server takes each sign-in code once (RFC 6238 §5.2), and the journeys sign the same person in several
// times a minute: each code's step is remembered for the run (in a file, as the projects run in separate workers),
// and the next sign-in uses a later step the server still accepts, waiting for the clock when all are used.
const PERIOD_MS = 30_000;
// Kept in the run's own folder (made and removed by e2e/playwright.config.ts), so nothing is left behind.
const runDir = process.env.UMBRELLA_E2E_DIR;
if (!runDir) throw new Error('Run the browser tests with their config: npx playwright test -c e2e/playwright.config.ts');
const usedSteps = path.join(runDir, 'totp-steps.json');

export async function unusedCode(username: string, secret: string): Promise<string> {
  const used = (fs.existsSync(usedSteps) ? JSON.parse(fs.readFileSync(usedSteps, 'utf8')) : {}) as Record<string, number>;
  const last = used[username] ?? Number.NEGATIVE_INFINITY;
  // Step now - 1 is accepted until this step ends; too near its end it might not be by the time it arrives.
  const left = PERIOD_MS - (Date.now() % PERIOD_MS);
  const now = Math.floor(Date.now() / PERIOD_MS);
  let step = [left > 3_000 ? now - 1 : now, now, now + 1].find((s) => s > last);
  if (step === undefined) {
    // All accepted codes were used: wait until the step after the last one used is accepted (at most 30 s).
    step = last + 1;
    const wait = (step - 1) * PERIOD_MS - Date.now() + 100;
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  fs.writeFileSync(usedSteps, JSON.stringify({ ...used, [username]: step }));
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: step * PERIOD_MS });
}

/** What someone made during a journey signs in with (a demo persona's are in demo/personas.json). */
export type Credentials = { username: string; password: string; totpSecret?: string };

// Each worker's signed-in sessions, by persona. A persona signs in once per worker, through the sign-in pages (or the
// API, for arranging data); later journeys open the app with that session's cookie, as someone who is still signed in
// does. Signing in through the pages took most of the browser tests' time: a password check, the code pages, and,
// when the same person signed in again within 30 s, a wait for a code not yet used. The server limits failed sign-ins,
// not sessions or successful ones; a session ends after 30 idle minutes (or 12 hours), and one that has ended (signed
// out by a journey, or idle) is noticed on opening the app, which then signs in through the pages again.
type SessionCookie = Awaited<ReturnType<ReturnType<Page['context']>['cookies']>>[number];
const kept = new Map<string, SessionCookie>();
const SESSION_COOKIE = /^(__Host-)?umbrella-session$/;

/**
 * Signs a demo persona in: with the session this worker already has for them when it is still live (opening the app at
 * its home page), else through the sign-in pages. Journeys about signing in itself use `signInWithForm`.
 */
export async function signIn(page: Page, username: string) {
  const cookie = kept.get(username);
  if (cookie && (await resume(page, username, cookie))) return;
  await signInWithForm(page, username);
}

/** Signs a demo persona in through the sign-in pages, always (a new session), and keeps the session for later journeys. */
export async function signInWithForm(page: Page, username: string) {
  await signInWith(page, persona(username));
  const cookie = (await page.context().cookies()).find((c) => SESSION_COOKIE.test(c.name));
  if (cookie) kept.set(username, cookie);
}

/** Opens the app with a kept session: true when it is still live and the app has gone on to the persona's home page. */
function resume(page: Page, username: string, cookie: SessionCookie): Promise<boolean> {
  return test.step(
    `sign in as ${username} (the session this worker kept)`,
    async () => {
      await page.context().addCookies([cookie]);
      await page.goto('/');
      // The app sends someone signed in to their home page, and anyone else to sign in.
      await page.waitForURL((url) => url.pathname !== '/');
      if (!new URL(page.url()).pathname.startsWith('/sign-in')) return true;
      kept.delete(username);
      return false;
    },
    { box: true },
  );
}

/** Signs in through the sign-in pages with a username, a password and, when the account has one, an authenticator code. */
export async function signInWith(page: Page, who: Credentials) {
  await test.step(
    `sign in as ${who.username}`,
    async () => {
      await page.goto('/sign-in');
      await page.getByLabel('Username').fill(who.username);
      await page.getByLabel('Password').fill(who.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      if (who.totpSecret) {
        await expect(page.getByLabel('Security code')).toBeVisible();
        // Scanned by the first sign-in with a code at each width; later sign-ins find it already scanned.
        await expectAccessible(page);
        await page.getByLabel('Security code').fill(await unusedCode(who.username, who.totpSecret));
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      // Signed in once the app has moved on from the sign-in pages.
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    },
    { box: true },
  );
}

// What this worker has scanned. A page is scanned once per run at each width: again only when its address or its
// structure differs (an error summary, an open form, another item in a list, other attributes), never again for
// the same page arrived at by another test or another sign-in. Each project runs in its own worker, and the
// accessibility sweep (accessibility.spec.ts, run first) visits every page, so every page is scanned at least once.
const scanned = new Set<string>();

/** The page's address, width and a hash of its structure (elements, attributes that matter to axe, where text is). */
function pageKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const valued = new Set(['role', 'class', 'type', 'hidden', 'disabled', 'open', 'tabindex', 'lang', 'dir', 'scope', 'style']);
    let hash = 0x811c9dc5;
    const add = (text: string) => {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    };
    add(`${document.documentElement.lang}|${document.title ? 'titled' : 'untitled'}`);
    for (const el of document.body.querySelectorAll('*')) {
      add(`<${el.tagName}`);
      for (const a of el.attributes) {
        // Values that are ids or words (aria-label, alt, href) change from test to test: only whether they are empty counts.
        const boolish = a.name.startsWith('aria-') && /^(true|false|mixed|page|step|polite|assertive|off)$/.test(a.value);
        add(valued.has(a.name) || boolish ? ` ${a.name}=${a.value}` : ` ${a.name}${a.value ? '+' : '='}`);
      }
      for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) add('#');
    }
    return `${location.pathname}${location.search} at ${window.innerWidth}px #${(hash >>> 0).toString(36)}`;
  });
}

/** No WCAG 2.0, 2.1 or 2.2 A/AA violations on the page as it is now (unless this very page was scanned already). */
export async function expectAccessible(page: Page) {
  const key = await pageKey(page);
  const where = key.slice(0, key.lastIndexOf(' #'));
  if (scanned.has(key)) {
    await test.step(`axe: ${where} already scanned`, async () => {}, { box: true });
    return;
  }
  await test.step(
    `axe: ${where}`,
    async () => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const violations = await page.evaluate(async (values) => {
        const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'tag', values } })).violations;
      }, WCAG_AA);
      const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
      // Only a page that passed is remembered: a failing one is reported again wherever it is met.
      scanned.add(key);
    },
    { box: true },
  );
}

/**
 * Acts through the API in its own request context (for arranging data), with CSRF and cookie handled: with the session
 * this worker already has for the persona when it is still live, else signing in through the API (kept for later).
 */
export async function apiAs(baseURL: string, username: string) {
  const { request } = await import('@playwright/test');
  const p = persona(username);
  const ctx = await request.newContext({ baseURL });
  let cookie = '';
  let csrf = '';
  const saved = kept.get(username);
  if (saved) {
    const state = (await (await ctx.get('/api/session', { headers: { cookie: `${saved.name}=${saved.value}` } })).json()) as {
      signedIn: boolean;
      csrfToken: string | null;
    };
    if (state.signedIn && state.csrfToken) {
      cookie = `${saved.name}=${saved.value}`;
      csrf = state.csrfToken;
    } else kept.delete(username);
  }
  if (!csrf) {
    const remember = (res: { headers(): Record<string, string> }, body: { csrfToken?: string }) => {
      const set = res.headers()['set-cookie'];
      const match = set?.match(/((?:__Host-)?umbrella-session)=([^;]+)/);
      if (match?.[1] && match[2]) {
        cookie = match[0];
        kept.set(username, {
          name: match[1],
          value: match[2],
          domain: new URL(baseURL).hostname,
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: match[1].startsWith('__Host-'),
          sameSite: 'Strict',
        });
      }
      if (body.csrfToken) csrf = body.csrfToken;
    };
    const first = await ctx.post('/api/session/login', { data: { username: p.username, password: p.password } });
    remember(first, await first.json());
    if (p.totpSecret) {
      const code = await unusedCode(p.username, p.totpSecret);
      const second = await ctx.post('/api/session/second-factor', { data: { code }, headers: { cookie, 'x-csrf-token': csrf } });
      remember(second, await second.json());
    }
  }
  return {
    get: (url: string) => ctx.get(url, { headers: { cookie } }),
    post: (url: string, data: unknown = {}) => ctx.post(url, { data: data as object, headers: { cookie, 'x-csrf-token': csrf } }),
    put: (url: string, data: unknown = {}) => ctx.put(url, { data: data as object, headers: { cookie, 'x-csrf-token': csrf } }),
    dispose: () => ctx.dispose(),
  };
}

/**
 * A full-page screenshot attached to the test's results, for a person to look at: nothing compares them, so they are
 * taken only when asked for (UMBRELLA_E2E_SCREENSHOTS=1), which spares the run a full-page capture at each step.
 */
export async function shoot(page: Page, name: string) {
  if (!process.env.UMBRELLA_E2E_SCREENSHOTS) return;
  await test.step(
    `screenshot: ${name}`,
    async () => {
      const file = test.info().outputPath(`${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await test.info().attach(name, { path: file, contentType: 'image/png' });
    },
    { box: true },
  );
}

/** Counts the clicks, checks and selections a person makes (typing is not counted). */
export function interactionCounter() {
  let count = 0;
  return {
    click: async (locator: ReturnType<Page['locator']>) => {
      count++;
      await locator.click();
    },
    check: async (locator: ReturnType<Page['locator']>) => {
      count++;
      await locator.check();
    },
    get count() {
      return count;
    },
  };
}
