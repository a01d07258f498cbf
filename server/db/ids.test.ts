// The id of a deduplicated notification is made the same way in the application and in the database (migration 0059),
// which refuses a row whose id is not the one made from its dedupe key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { newId, notificationIdFor } from './ids.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('notificationIdFor', () => {
  const keys = ['withholding-review:0190a1b2-0000-7000-8000-000000000001:2026-01-31', 'plan-shared:Zoë’s plan:2026-02-01', ''];

  it('makes the same id as notification_id_for() in the database, for any text', async () => {
    for (const key of keys) {
      const { rows } = await database.asOwner('SELECT notification_id_for($1)::text AS id', [key]);
      expect(rows[0].id, key).toBe(notificationIdFor(key));
    }
  });

  it('is a version 8 UUID, so it never equals a UUIDv7 made by newId', () => {
    expect(notificationIdFor(keys[0] ?? '')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(notificationIdFor('a')).not.toBe(notificationIdFor('b'));
  });
});
