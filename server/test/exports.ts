// A copy of everything held about someone, in the tests: the route that asks for it also starts the export job, which may
// hold the new row for a moment (a run claims rows with SKIP LOCKED and passes over one held), so a test runs the job until
// this export is built rather than once. For tests that read what leaves the server in a subject access export.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createAuditLog } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { runPendingExports } from '../modules/subject-access/index.ts';
import { TEST_AUDIT_KEY, type TestClient } from './test-app.ts';

/** Runs the export job until `exportId` is no longer pending (up to about 10 s), then expects it ready and returns it. */
export async function exportWhenReady(db: Db, requester: TestClient, exportId: string): Promise<LightMyRequestResponse> {
  const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
  for (let tries = 0; ; tries++) {
    await runPendingExports({ db, audit });
    const got = await requester.get(`/api/exports/${exportId}`);
    if (got.json().status !== 'pending' || tries >= 200) {
      expect(got.json().status, got.body).toBe('ready');
      return got;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
