// Mail leaves through a real SMTP server started here (smtp-server) and is read back as it arrived (mailparser): one
// message per queued row, never twice across instances, nothing for a rolled-back change, nothing about the family,
// retries with a back-off, and with no SMTP the link goes to the log and the row stays for the administrator. Each
// message is worded in the language decided when it was queued: a family member's own, English for workers.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailWords } from '../../shared/i18n/mail.messages.ts';
import { translateFor } from '../i18n/catalogues.ts';
import { issueAccountToken } from '../modules/accounts/index.ts';
import { DEMO_IDS, readPersonas } from '../seeds/demo-family.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { createMailDispatcher, listOutbox, type MailDispatcher, queueMail, renderMail } from './index.ts';

const PUBLIC_URL = 'https://umbrella.example.org';
let t: TestApp;
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];
/** Recipients the test server refuses for now, to make a send fail. */
const refusing = new Set<string>();
const dispatchers: MailDispatcher[] = [];

beforeAll(async () => {
  t = await createTestApp();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusing.has(address.address)) return callback(new Error('Mailbox unavailable for now'));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
}, 120_000);

// A dispatcher hears of every message queued; one left running would send the next test's messages.
afterEach(async () => {
  for (const d of dispatchers.splice(0)) await d.stop();
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t?.close();
});

beforeEach(async () => {
  received.length = 0;
  refusing.clear();
  // Each test reads only its own messages.
  await t.database.asOwner("UPDATE mail_outbox SET status = 'sent' WHERE status = 'queued'");
});

function dispatcher(options: { smtp?: boolean; log?: string[] } = {}): MailDispatcher {
  const d = createMailDispatcher({
    db: t.database.db,
    settings: {
      smtp: options.smtp === false ? null : { host: '127.0.0.1', port, secure: false, user: undefined, password: undefined },
      from: 'Umbrella <no-reply@umbrella.example.org>',
      publicUrl: PUBLIC_URL,
    },
    log: (m) => options.log?.push(m),
  });
  dispatchers.push(d);
  return d;
}

const accountIdOf = async (username: string) =>
  (await t.database.asOwner('SELECT id FROM accounts WHERE username = $1', [username])).rows[0].id as string;

/** Everything about the demo family a message must never carry. */
async function familyWords(): Promise<string[]> {
  const people = await t.database.asOwner('SELECT full_name, preferred_name FROM people WHERE family_id = $1', [DEMO_IDS.mariesFamily]);
  const family = await t.database.asOwner('SELECT display_name FROM families WHERE id = $1', [DEMO_IDS.mariesFamily]);
  const names = people.rows.flatMap((p) => [p.full_name, p.preferred_name, ...String(p.full_name).split(' ')]);
  return [...names, family.rows[0].display_name, 'mental health', 'child protection', 'Northfield'].filter((w): w is string => Boolean(w));
}

describe('sending the outbox over SMTP', () => {
  it('sends one message per queued row, with the link and nothing about the family', async () => {
    const marie = await accountIdOf('marie');
    await t.database.db.transaction().execute(async (tx) => {
      await queueMail(tx, { to: 'marie@example.org', kind: 'something_new', path: '/my-family', accountId: marie });
      await queueMail(tx, { to: 'marie@example.org', kind: 'password_reset', path: '/reset-password/ABC', accountId: marie });
      await queueMail(tx, { to: 'new.worker@example.org', kind: 'invitation', path: '/welcome/XYZ', accountId: null });
      await queueMail(tx, { to: 'tom@example.org', kind: 'second_factor_reset', path: null, accountId: null });
    });
    const d = dispatcher();
    expect(await d.runOnce()).toBe(4);
    expect(await d.runOnce()).toBe(0);
    expect(received).toHaveLength(4);

    const byTo = (to: string) => received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);
    const toMarie = byTo('marie@example.org');
    const reset = toMarie.find((m) => m.subject === 'Choosing a new Umbrella password');
    const newThing = toMarie.find((m) => m.subject === 'There is something new for you in Umbrella');
    expect(reset?.text).toContain(`${PUBLIC_URL}/reset-password/ABC`);
    expect(newThing?.text).toContain(`${PUBLIC_URL}/my-family`);
    expect(byTo('new.worker@example.org')[0]?.text).toContain(`${PUBLIC_URL}/welcome/XYZ`);
    expect(byTo('tom@example.org')[0]?.subject).toBe('Your Umbrella sign-in has changed');
    for (const m of received) expect(m.from?.value[0]).toMatchObject({ name: 'Umbrella', address: 'no-reply@umbrella.example.org' });

    const words = await familyWords();
    for (const m of received) {
      for (const w of words) {
        expect(m.subject ?? '').not.toContain(w);
        expect(m.text ?? '').not.toContain(w);
      }
    }

    // Sent rows keep no link (it may hold a token).
    const rows = await listOutbox(t.database.db, { limit: 4 });
    expect(rows.map((r) => [r.status, r.path])).toEqual(Array(4).fill(['sent', null]));
  });

  it('sends nothing for a change that rolled back', async () => {
    await expect(
      t.database.db.transaction().execute(async (tx) => {
        await queueMail(tx, { to: 'never@example.org', kind: 'invitation', path: '/welcome/NOPE', accountId: null });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dispatcher().runOnce()).toBe(0);
    expect(received).toHaveLength(0);
    expect((await t.database.asOwner("SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'never@example.org'")).rows[0].n).toBe(
      0,
    );
  });

  it('never sends a message twice, however many instances send at once', async () => {
    await t.database.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 30; i++) await queueMail(tx, { to: `person${i}@example.org`, kind: 'something_new', path: '/', accountId: null });
    });
    const handled = await Promise.all([dispatcher().runOnce(), dispatcher().runOnce(), dispatcher().runOnce()]);
    expect(handled.reduce((a, b) => a + b, 0)).toBe(30);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).size).toBe(30);
  });

  it('sends soon after the transaction that queued it commits, without waiting for the scheduler', async () => {
    dispatcher();
    await t.database.db
      .transaction()
      .execute((tx) => queueMail(tx, { to: 'soon@example.org', kind: 'something_new', path: '/', accountId: null }));
    for (let i = 0; i < 60 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(received.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).toEqual(['soon@example.org']);
  });

  it('retries a message the server refused, later, and gives up after the last attempt', async () => {
    refusing.add('busy@example.org');
    await t.database.db
      .transaction()
      .execute((tx) => queueMail(tx, { to: 'busy@example.org', kind: 'something_new', path: '/', accountId: null }));
    const log: string[] = [];
    const d = dispatcher({ log });
    await d.runOnce();
    const after = (await t.database.asOwner("SELECT * FROM mail_outbox WHERE to_address = 'busy@example.org'")).rows[0];
    expect(after).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringMatching(/Mailbox unavailable/) });
    // Not due again at once: the next try waits a minute.
    expect(new Date(after.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(await d.runOnce()).toBe(0);
    expect(log.join('\n')).not.toContain('busy@example.org');

    // The server takes it now; once due, it goes.
    refusing.clear();
    await t.database.asOwner("UPDATE mail_outbox SET next_attempt_at = now() WHERE to_address = 'busy@example.org'");
    expect(await d.runOnce()).toBe(1);
    expect(received).toHaveLength(1);

    // A message refused at every attempt is given up as failed, its link dropped.
    refusing.add('gone@example.org');
    await t.database.db
      .transaction()
      .execute((tx) => queueMail(tx, { to: 'gone@example.org', kind: 'password_reset', path: '/reset-password/SECRET', accountId: null }));
    await d.stop();
    await t.database.asOwner("UPDATE mail_outbox SET attempts = 7 WHERE to_address = 'gone@example.org'");
    await dispatcher().runOnce();
    expect((await t.database.asOwner("SELECT status, path FROM mail_outbox WHERE to_address = 'gone@example.org'")).rows[0]).toEqual({
      status: 'failed',
      path: null,
    });
  });

  it('carries an invitation link that opens the invitation', async () => {
    const accountId = await accountIdOf('patricia');
    await t.database.db.transaction().execute(async (tx) => {
      const issued = await issueAccountToken(tx, { accountId, purpose: 'sign_in_letter', createdByStaffId: null });
      await queueMail(tx, { to: 'patricia@example.org', kind: 'invitation', path: issued.path, accountId });
    });
    await dispatcher().runOnce();
    const link = received[0]?.text?.match(/https:\/\/\S+/)?.[0] ?? '';
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/welcome/[0-9A-Z]{26}$`));
    const res = await t.client().get(`/api${new URL(link).pathname}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ purpose: 'sign_in_letter', accountKind: 'network_member', username: 'patricia' });
  });
});

describe('in the person’s own language', () => {
  const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? '' : m.to?.text);

  it('words a family member’s mail in the language she chose, and a worker’s in English', async () => {
    const marie = await t.signIn('marie');
    expect((await marie.put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const daniel = await accountIdOf('daniel');
    const marieAccount = await accountIdOf('marie');
    // Families often have no email address; Marie gives one here.
    const email = (await t.database.asOwner('SELECT email FROM accounts WHERE id = $1', [marieAccount])).rows[0]?.email ?? null;
    await t.database.asOwner("UPDATE accounts SET email = 'marie.d@example.org' WHERE id = $1", [marieAccount]);
    // A forgotten password, asked for as anyone would, and the "something new" mail, queued as the job queues it.
    expect((await t.client().post('/api/password-reset', { username: 'marie' })).statusCode).toBe(202);
    await t.database.db.transaction().execute(async (tx) => {
      await queueMail(tx, { to: 'marie.d@example.org', kind: 'something_new', path: '/my-family', accountId: marieAccount });
      await queueMail(tx, { to: 'daniel@example.org', kind: 'something_new', path: '/notifications', accountId: daniel });
    });
    const rows = await t.database.asOwner("SELECT to_address, kind, language FROM mail_outbox WHERE status = 'queued' ORDER BY kind");
    expect(rows.rows.map((r) => [r.kind, r.language])).toEqual([
      ['password_reset', 'pl'],
      ['something_new', 'pl'],
      ['something_new', 'en'],
    ]);
    await dispatcher().runOnce();

    const pl = (key: keyof typeof mailWords) => translateFor('pl', mailWords[key]);
    const toMarie = received.filter((m) => toOf(m) === 'marie.d@example.org');
    const reset = toMarie.find((m) => m.subject === pl('resetSubject'));
    const newThing = toMarie.find((m) => m.subject === pl('somethingNewSubject'));
    expect(pl('resetSubject')).not.toBe(mailWords.resetSubject.en);
    expect(reset?.text).toContain(pl('resetOpen'));
    expect(reset?.text).toContain(pl('resetAfter'));
    expect(reset?.text).toMatch(new RegExp(`${PUBLIC_URL}/reset-password/[0-9A-Z]{26}`));
    expect(newThing?.text).toContain(pl('somethingNewOpen'));
    expect(newThing?.text).toContain(`${PUBLIC_URL}/my-family`);
    for (const m of [reset, newThing]) {
      expect(m?.text).toContain(pl('signOff'));
      expect(m?.text).not.toContain('Please do not reply');
    }
    const toDaniel = received.find((m) => toOf(m) === 'daniel@example.org');
    expect(toDaniel?.subject).toBe('There is something new for you in Umbrella');
    expect(toDaniel?.text).toContain(`${PUBLIC_URL}/notifications`);

    // In Polish as in English, nothing about the family.
    const words = await familyWords();
    for (const m of received) for (const w of words) expect(`${m.subject} ${m.text}`).not.toContain(w);

    // Her choice is hers to change: the next mail is worded in the new one.
    expect((await marie.put('/api/portal/language', { language: 'en' })).statusCode).toBe(200);
    await t.database.db
      .transaction()
      .execute((tx) => queueMail(tx, { to: 'marie.d@example.org', kind: 'something_new', path: '/my-family', accountId: marieAccount }));
    expect((await t.database.asOwner("SELECT language FROM mail_outbox WHERE status = 'queued'")).rows).toEqual([{ language: 'en' }]);
    await t.database.asOwner('UPDATE accounts SET email = $2 WHERE id = $1', [marieAccount, email]);
  });

  it('keeps the English wording of every kind exactly as it was', () => {
    const url = `${PUBLIC_URL}/welcome/XYZ`;
    const signOff = 'This message was sent by Umbrella. Please do not reply to it: nobody reads the replies.';
    expect(renderMail('invitation', url)).toEqual({
      subject: 'You have been invited to Umbrella',
      text: `Hello,\n\nYou have been invited to use Umbrella. To set up your account, open this link:\n\n${url}\n\nThe link works once, for 7 days. If you were not expecting this, you can ignore this message, or ask the person who invited you.\n\n${signOff}\n`,
    });
    expect(renderMail('something_new', url, 'en').text).toBe(
      `Hello,\n\nThere is something new for you in Umbrella. Sign in to see it:\n\n${url}\n\n${signOff}\n`,
    );
    expect(renderMail('second_factor_reset', null, 'xx').text).toBe(
      `Hello,\n\nYour administrator has reset the second step of your Umbrella sign-in (the code from your authenticator app). To set it up again, open this link:\n\nIf you did not expect this, tell your administrator straight away.\n\n${signOff}\n`,
    );
    // Every kind has its words in Welsh, Polish and Urdu, with the link kept as it is.
    for (const language of ['cy', 'pl', 'ur'])
      for (const kind of ['invitation', 'password_reset', 'something_new', 'second_factor_reset'] as const) {
        const mail = renderMail(kind, url, language);
        expect(mail.subject).not.toBe(renderMail(kind, url).subject);
        expect(mail.text).toContain(`\n\n${url}\n`);
      }
  });
});

describe('with no SMTP configured', () => {
  it('keeps each message in the outbox for the administrator and prints its link to the log, once', async () => {
    await t.database.db
      .transaction()
      .execute((tx) => queueMail(tx, { to: 'laptop@example.org', kind: 'invitation', path: '/welcome/LAPTOP', accountId: null }));
    const log: string[] = [];
    const d = dispatcher({ smtp: false, log });
    expect(await d.runOnce()).toBe(1);
    expect(await d.runOnce()).toBe(0);
    expect(received).toHaveLength(0);
    expect(log).toEqual([
      expect.stringContaining(`to laptop@example.org, "You have been invited to Umbrella": ${PUBLIC_URL}/welcome/LAPTOP`),
    ]);
    const row = (await listOutbox(t.database.db)).find((r) => r.to_address === 'laptop@example.org');
    expect(row).toMatchObject({ status: 'held', path: '/welcome/LAPTOP', kind: 'invitation' });
  });

  it('lists the outbox newest first, a page at a time', async () => {
    const first = await listOutbox(t.database.db, { limit: 2 });
    expect(first).toHaveLength(2);
    const last = first[1];
    if (!last) throw new Error('expected two rows');
    const next = await listOutbox(t.database.db, { limit: 2, before: { createdAt: last.created_at, id: last.id } });
    expect(next[0]?.id).not.toBe(last.id);
    expect((next[0]?.created_at.getTime() ?? 0) <= last.created_at.getTime()).toBe(true);
  });
});

describe('the demo personas', () => {
  it('keep signing in as before', async () => {
    for (const p of readPersonas().slice(0, 3)) expect((await t.signIn(p.username)).cookie).toBeTruthy();
  });
});
