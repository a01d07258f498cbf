// What a person is told about their own account (a changed password) is kept as a message id (a Phrase), so a family
// member reads it in the language they chose, with the English unchanged for the workers' screens; the mail that goes
// with it is queued in her language too. A worker is told in English, as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyAccounts } from '../../../shared/i18n/notify-accounts.messages.ts';
import { translateFor } from '../../i18n/catalogues.ts';
import { readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

const PASSWORD = readPersonas()[0]?.password ?? '';
const NEW_PASSWORD = 'lantern pebble orchard drizzle';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await t.database.asOwner("UPDATE accounts SET email = 'marie.d@example.org' WHERE username = 'marie'");
}, 120_000);
afterAll(async () => t?.close());

type Told = { kind: string; message: string; messageId: string | null; messageValues: Record<string, unknown> | null };

describe('a changed password', () => {
  it('tells Marie in Polish, once she chose it, and mails her in Polish; the English stays as it was', async () => {
    const marie = await t.signIn('marie');
    expect((await marie.put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    await t.database.asOwner("UPDATE mail_outbox SET status = 'sent' WHERE status = 'queued'");
    expect((await marie.post('/api/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);

    const list = (await marie.get('/api/notifications')).json().notifications as Told[];
    const told = list.find((n) => n.kind === 'password_changed');
    expect(told).toMatchObject({
      message: 'Your password was changed. If this was not you, tell your key worker or administrator straight away.',
      messageId: 'notify-accounts.passwordChanged',
      messageValues: {},
    });
    // Her page words it from the id: in Polish, not the English.
    const polish = translateFor('pl', notifyAccounts.passwordChanged);
    expect(polish).not.toBe(told?.message);
    expect(polish).toMatch(/hasło/);

    const mail = await t.database.asOwner(
      "SELECT kind, language FROM mail_outbox WHERE to_address = 'marie.d@example.org' AND status = 'queued'",
    );
    expect(mail.rows).toEqual([{ kind: 'something_new', language: 'pl' }]);
  });

  it('tells a worker in English, with the same words as before', async () => {
    const sarah = await t.signIn('sarah');
    expect((await sarah.post('/api/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    const told = ((await sarah.get('/api/notifications')).json().notifications as Told[]).find((n) => n.kind === 'password_changed');
    expect(told?.message).toBe('Your password was changed. If this was not you, tell your key worker or administrator straight away.');
  });
});
