// The embedded database's safety: one process per data folder (stale locks taken over), data kept
// across restarts, and a backup that restores into a copy holding the same data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.ts';
import { backupEmbedded, restoreEmbedded } from './backup.ts';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-embedded-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the data folder lock', () => {
  it('refuses a second holder with a message that names the running process', () => {
    const dir = path.join(root, 'lock-a');
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`already in use by Umbrella process ${process.pid}`));
    release();
    acquireDataDirLock(dir)();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = path.join(root, 'lock-b');
    fs.mkdirSync(dir, { recursive: true });
    // A pid far above any this machine hands out stands for a process that has gone.
    fs.writeFileSync(path.join(dir, 'umbrella.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: 'then' }));
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'umbrella.lock'), 'utf8')).pid).toBe(process.pid);
    release();
  });
});

describe('the embedded database', () => {
  it('keeps data across a restart, refuses a second opener while running, and restores from a backup', async () => {
    const dataDir = path.join(root, 'db');
    const first = await openDatabase({ kind: 'embedded', dataDir });
    await first.db
      .insertInto('organisations')
      .values({ id: '01234567-89ab-7def-8123-456789abcdef', name: 'Kept Trust', kind: 'health' })
      .execute();
    await expect(openDatabase({ kind: 'embedded', dataDir })).rejects.toThrow(/already in use/);
    await first.close();

    const second = await openDatabase({ kind: 'embedded', dataDir });
    const names = await second.db.selectFrom('organisations').select('name').execute();
    expect(names).toEqual([{ name: 'Kept Trust' }]);
    await second.close();

    fs.writeFileSync(path.join(dataDir, 'audit.key'), 'k'.repeat(64));
    const backupDir = path.join(root, 'backup-1');
    const manifest = await backupEmbedded(dataDir, backupDir);
    expect(Object.keys(manifest.files).sort()).toEqual(['audit.key', 'database.tar.gz']);

    const restoredDir = path.join(root, 'restored');
    await restoreEmbedded(backupDir, restoredDir);
    const restored = await openDatabase({ kind: 'embedded', dataDir: restoredDir });
    const rows = await sql<{ name: string }>`SELECT name FROM organisations`.execute(restored.db);
    expect(rows.rows).toEqual([{ name: 'Kept Trust' }]);
    await restored.close();
    expect(fs.readFileSync(path.join(restoredDir, 'audit.key'), 'utf8')).toBe('k'.repeat(64));

    // Restoring over existing data, or from a damaged backup, is refused and changes nothing.
    await expect(restoreEmbedded(backupDir, restoredDir)).rejects.toThrow(/already holds data/);
    fs.appendFileSync(path.join(backupDir, 'database.tar.gz'), 'x');
    await expect(restoreEmbedded(backupDir, path.join(root, 'other'))).rejects.toThrow(/damaged/);
  }, 120_000);
});
