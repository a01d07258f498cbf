// The first administrator of a new installation (npm run create-admin), on an empty database: the organisation made
// once, a platform administrator with no password, a one-time invitation stored only as its hash, and no second run
// with the same username.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../../test/test-app.ts';
import { createFirstAdministrator, FirstAdministratorRefused } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
}, 120_000);
afterAll(() => t?.close());

const deps = () => ({ db: t.database.db, audit: createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }) });
const input = {
  organisation: 'Eastshire Council',
  kind: 'childrens_services' as const,
  fullName: 'Robin Hale',
  email: 'robin@eastshire.example',
  username: 'robin',
};

describe('the first administrator', () => {
  it('creates the organisation and a platform administrator with no password, and a one-time invitation', async () => {
    const made = await createFirstAdministrator(deps(), input);
    expect(made.organisationCreated).toBe(true);
    expect(made.path).toMatch(/^\/welcome\/[0-9A-Z]{26}$/);
    const token = made.path.split('/').pop() ?? '';
    const rows = await t.database.asOwner(
      `SELECT s.role, a.password_hash, a.totp_secret, k.purpose, k.expires_at > now() + interval '6 days' AS week,
              (SELECT count(*)::int FROM mail_outbox m WHERE m.account_id = a.id) AS mails
       FROM staff s JOIN accounts a ON a.staff_id = s.id JOIN account_tokens k ON k.account_id = a.id
       WHERE a.username = 'robin' AND k.token_hash = $1`,
      [createHash('sha256').update(token).digest('hex')],
    );
    expect(rows.rows).toEqual([
      { role: 'platform_administrator', password_hash: null, totp_secret: null, purpose: 'invitation', week: true, mails: 1 },
    ]);
    const audited = await t.database.asOwner(
      `SELECT action, actor_kind FROM audit_events WHERE action IN ('organisation.created', 'staff.created') ORDER BY seq`,
    );
    expect(audited.rows).toEqual([
      { action: 'organisation.created', actor_kind: 'system' },
      { action: 'staff.created', actor_kind: 'system' },
    ]);
  });

  it('finds an organisation that exists, and refuses a username already used or the wrong kind', async () => {
    const second = await createFirstAdministrator(deps(), { ...input, organisation: 'eastshire council', username: 'robin.two' });
    expect(second.organisationCreated).toBe(false);
    await expect(createFirstAdministrator(deps(), { ...input, username: 'ROBIN' })).rejects.toThrow(FirstAdministratorRefused);
    await expect(createFirstAdministrator(deps(), { ...input, kind: 'health', username: 'robin.three' })).rejects.toThrow(/already exists/);
    const orgs = await t.database.asOwner(`SELECT count(*)::int AS n FROM organisations`);
    expect(orgs.rows[0]?.n).toBe(1);
  });
});
