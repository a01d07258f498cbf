// The "something new" mail (issue 13 §3): one mail per account for unread notifications, at most one in 24 hours,
// none without an email address, for a deactivated account, for someone who said no, or when all is read; the mail
// that arrives over SMTP carries a link and nothing about the family or what the notification says.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailWhatIsNew } from '../../jobs/scheduler.ts';
import { createMailDispatcher } from '../../mail/index.ts';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const EMAIL = { marie: 'marie.d@example.org', jamie: 'jamie.d@example.org', clive: 'clive.d@example.org', daniel: 'daniel@example.org' };
const PASSWORD = readPersonas()[0]?.password ?? '';
let t: TestApp;
let marie: TestClient;
let demoHash = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const [username, email] of Object.entries(EMAIL)) {
    await t.database.asOwner('UPDATE accounts SET email = $2 WHERE username = $1', [username, email]);
  }
  marie = await t.signIn('marie');
  demoHash = (await t.database.asOwner("SELECT password_hash FROM accounts WHERE username = 'patricia'")).rows[0].password_hash;
}, 120_000);
afterAll(async () => t?.close());

// Each test starts with everything read and nobody mailed, and counts only its own mail.
beforeEach(async () => {
  await t.database.asOwner('UPDATE notifications SET read_at = now() WHERE read_at IS NULL');
  await t.database.asOwner('UPDATE accounts SET something_new_mailed_at = NULL, mail_something_new = true');
  await t.database.asOwner("UPDATE accounts SET disabled_at = NULL WHERE username = 'clive'");
  await t.database.asOwner("DELETE FROM mail_outbox WHERE kind = 'something_new'");
});

const idOf = async (username: string) =>
  (await t.database.asOwner('SELECT id, staff_id FROM accounts WHERE username = $1', [username])).rows[0] as {
    id: string;
    staff_id: string | null;
  };

/** A notification as any of the places that write them would leave it, with family details in its words. */
async function notify(username: string, message = 'Jamie Dubois: Daniel Okafor added a note about Marie’s mental health.') {
  const a = await idOf(username);
  await t.database.asOwner(
    `INSERT INTO notifications (id, recipient_staff_id, recipient_account_id, kind, family_id, message)
     VALUES (gen_random_uuid(), $1, $2, 'entry_reply', $3, $4)`,
    [a.staff_id, a.staff_id ? null : a.id, F, message],
  );
}

type Queued = { to_address: string; path: string; account_id: string; status: string };
const queued = async (): Promise<Queued[]> =>
  (
    await t.database.asOwner(
      "SELECT to_address, path, account_id, status FROM mail_outbox WHERE kind = 'something_new' ORDER BY created_at",
    )
  ).rows as Queued[];

/** The demo password again, for the tests after one that changed it. */
const putBackPassword = (username: string) =>
  t.database.asOwner('UPDATE accounts SET password_hash = $2 WHERE username = $1', [username, demoHash]);

/** Moves the account's last "something new" mail back in time, as if that long had passed. */
const mailedHoursAgo = (username: string, hours: number) =>
  t.database.asOwner(`UPDATE accounts SET something_new_mailed_at = now() - $2 * interval '1 hour' WHERE username = $1`, [username, hours]);

describe('a notification leads to one mail', () => {
  it('a request to share (written by the app) queues exactly one "something new" mail to the parent, linking to her home page', async () => {
    const priya = await t.signIn('priya');
    const asked = await priya.post(`/api/families/${F}/consent-requests`, {
      category: 'health',
      reason: 'To know about appointments that affect the school run',
    });
    expect(asked.statusCode).toBe(201);
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
    const marieId = (await idOf('marie')).id;
    expect(await queued()).toEqual([{ to_address: EMAIL.marie, path: '/my-family', account_id: marieId, status: 'queued' }]);
  });

  it('sends a worker with an email on their account one mail too, linking to their notifications', async () => {
    await notify('daniel');
    await notify('daniel');
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
    expect(await queued()).toEqual([expect.objectContaining({ to_address: EMAIL.daniel, path: '/notifications' })]);
  });

  it('queues one mail however many instances run the job at once', async () => {
    await notify('marie');
    await notify('jamie');
    const runs = await Promise.all([mailWhatIsNew(t.database.db), mailWhatIsNew(t.database.db), mailWhatIsNew(t.database.db)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    expect((await queued()).map((m) => m.to_address).sort()).toEqual([EMAIL.jamie, EMAIL.marie]);
  });
});

describe('at most one mail in 24 hours', () => {
  it('queues none for a second notification within 24 hours, and one once 24 hours have passed', async () => {
    await notify('marie');
    expect(await mailWhatIsNew(t.database.db)).toBe(1);

    await notify('marie');
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
    await mailedHoursAgo('marie', 23.9);
    expect(await mailWhatIsNew(t.database.db)).toBe(0);

    await mailedHoursAgo('marie', 24.01);
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
    expect(await queued()).toHaveLength(2);
    // The rule holds from the time of the last mail, which is kept in the database (so across restarts).
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });

  it('queues none after 24 hours when nothing came since the last mail', async () => {
    await notify('marie');
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
    // The notification that was mailed is still unread, but it is not new since the mail.
    await t.database.asOwner(
      "UPDATE notifications SET created_at = now() - interval '2 days' WHERE read_at IS NULL AND recipient_account_id = $1",
      [(await idOf('marie')).id],
    );
    await mailedHoursAgo('marie', 25);
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });

  it('counts the mail about a changed password as the day’s mail', async () => {
    const jamie = await t.signIn('jamie');
    const changed = await jamie.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'lantern pebble orchard drizzle' });
    expect(changed.statusCode).toBe(204);
    await putBackPassword('jamie');
    expect(await queued()).toEqual([expect.objectContaining({ to_address: EMAIL.jamie, path: '/sign-in' })]);
    // The password_changed notification is unread, but the mail about it has gone.
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });
});

describe('no mail', () => {
  it('for someone with no email address', async () => {
    await notify('patricia');
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });

  it('for a deactivated account', async () => {
    await notify('clive');
    await t.database.asOwner("UPDATE accounts SET disabled_at = now() WHERE username = 'clive'");
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });

  it('for someone invited who has not set up their account yet (the invitation says what to do)', async () => {
    await notify('clive');
    await t.database.asOwner("UPDATE accounts SET password_hash = NULL WHERE username = 'clive'");
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
    await putBackPassword('clive');
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
  });

  it('when every notification has been read', async () => {
    await notify('marie');
    const list = (await marie.get('/api/notifications')).json() as { notifications: { id: string; read: boolean }[] };
    for (const n of list.notifications.filter((x) => !x.read)) {
      expect((await marie.post(`/api/notifications/${n.id}/read`)).statusCode).toBe(204);
    }
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
  });

  it('for someone who said no on "Your account", and again once they say yes', async () => {
    const before = (await marie.get('/api/account')).json();
    expect(before).toMatchObject({ email: EMAIL.marie, mailSomethingNew: true });
    const off = await marie.put('/api/account/mail-choice', { mailSomethingNew: false, version: before.version });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ mailSomethingNew: false, version: before.version + 1 });

    await notify('marie');
    expect(await mailWhatIsNew(t.database.db)).toBe(0);
    // Said no: not even the mail about a changed password (the notification about it is still there to read).
    const changed = await marie.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'lantern pebble orchard drizzle' });
    expect(changed.statusCode).toBe(204);
    await putBackPassword('marie');
    expect(await queued()).toEqual([]);

    const on = await marie.put('/api/account/mail-choice', { mailSomethingNew: true, version: before.version + 1 });
    expect(on.statusCode).toBe(200);
    expect(await mailWhatIsNew(t.database.db)).toBe(1);
  });
});

describe('the choice on "Your account"', () => {
  it('refuses a save made from a stale page with 409 and the choice as it is now, and audits each change', async () => {
    const { version } = (await marie.get('/api/account')).json();
    expect((await marie.put('/api/account/mail-choice', { mailSomethingNew: false, version })).statusCode).toBe(200);
    const stale = await marie.put('/api/account/mail-choice', { mailSomethingNew: true, version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toMatch(/changed on another phone or computer.*now off/);
    expect(stale.json().current).toMatchObject({ mailSomethingNew: false, version: version + 1 });
    expect((await marie.get('/api/account')).json().mailSomethingNew).toBe(false);

    const events = await t.database.asOwner(
      "SELECT details, subject_id FROM audit_events WHERE action = 'account.mail_choice_changed' ORDER BY occurred_at DESC, id DESC LIMIT 1",
    );
    expect(events.rows[0]).toEqual({ details: { mailSomethingNew: false }, subject_id: (await idOf('marie')).id });
  });

  it('says what to fix when the choice is missing', async () => {
    const { version } = (await marie.get('/api/account')).json();
    const res = await marie.put('/api/account/mail-choice', { version });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toMatch(/Choose whether to get an email when there is something new/);
  });
});

describe('what the mail says', () => {
  it('arrives over SMTP with the link and nothing about the family or the notification', async () => {
    const received: ParsedMail[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((m) => {
            received.push(m);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const dispatcher = createMailDispatcher({
      db: t.database.db,
      settings: {
        smtp: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, secure: false, user: undefined, password: undefined },
        from: 'Umbrella <no-reply@umbrella.example.org>',
        publicUrl: 'https://umbrella.example.org',
      },
      log: () => {},
    });
    try {
      const secret = 'Clare told the school nurse about the hospital visit at Alder Road.';
      await notify('marie', secret);
      await notify('daniel', secret);
      expect(await mailWhatIsNew(t.database.db)).toBe(2);
      await t.database.asOwner("UPDATE mail_outbox SET status = 'sent' WHERE status = 'queued' AND kind <> 'something_new'");
      expect(await dispatcher.runOnce()).toBe(2);
      expect(received).toHaveLength(2);

      const people = await t.database.asOwner('SELECT full_name, preferred_name FROM people');
      const families = await t.database.asOwner('SELECT display_name FROM families');
      const words = [
        ...people.rows.flatMap((p) => [p.full_name, p.preferred_name, ...String(p.full_name).split(' ')]),
        ...families.rows.map((f) => f.display_name),
        ...['Clare', 'school', 'nurse', 'hospital', 'Alder Road'],
        'mental health',
        'Northfield',
      ].filter((w): w is string => Boolean(w));
      for (const m of received) {
        expect(m.subject).toBe('There is something new for you in Umbrella');
        for (const w of words) {
          expect(m.subject ?? '').not.toContain(w);
          expect(m.text ?? '').not.toContain(w);
        }
      }
      const links = received.map((m) => m.text?.match(/https:\/\/\S+/g)).sort();
      expect(links).toEqual([['https://umbrella.example.org/my-family'], ['https://umbrella.example.org/notifications']]);
    } finally {
      await dispatcher.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
