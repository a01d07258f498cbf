// The embedded database's safety: one process per data folder (stale locks taken over), data kept
// across restarts, and a backup that restores into a copy holding the same data.
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../database.ts';
import { backupEmbedded, restoreEmbedded } from './backup.ts';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';
import { removeAbandonedSocketDirs, startEmbeddedDatabase } from './embedded-postgres.ts';
import { openPGlite } from './pglite-open.mjs';

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

  it('gives a stale lock to exactly one of several processes that start at the same instant', async () => {
    // Each round: a lock left by a process killed with SIGKILL, and RACERS processes asking for it within a
    // fraction of a millisecond of each other. Exactly one may hold it; the others are told it is in use.
    const RACERS = 5;
    const ROUNDS = 20;
    const child = () => fork(new URL('./lock-race-child.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    const reply = <T>(process: ChildProcess, type: string) =>
      new Promise<T>((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`a lock racer exited (${code})`));
        const onMessage = (message: { type: string }) => {
          if (message.type !== type) return;
          process.off('message', onMessage);
          process.off('exit', onExit);
          resolve(message as T);
        };
        process.on('message', onMessage);
        process.once('exit', onExit);
      });
    const dirs = Array.from({ length: ROUNDS }, (_, i) => path.join(root, `race-${i}`));
    const racers = Array.from({ length: RACERS }, child);
    const holder = child();
    try {
      await Promise.all([...racers, holder].map((p) => reply(p, 'ready')));
      const holding = reply(holder, 'holding');
      holder.send({ type: 'hold', dirs });
      await holding;
      const killed = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await killed;

      const holdersPerRound: number[] = [];
      const refusals: string[] = [];
      for (const dir of dirs) {
        const at = Date.now() + 150;
        const results = racers.map((p) => reply<{ held: boolean; inUse: boolean; message: string }>(p, 'result'));
        for (const p of racers) p.send({ type: 'go', dir, at });
        const answers = await Promise.all(results);
        holdersPerRound.push(answers.filter((a) => a.held).length);
        refusals.push(...answers.filter((a) => !a.held).map((a) => (a.inUse ? a.message : `not DataDirInUseError: ${a.message}`)));
        const released = racers.map((p, i) => (answers[i]?.held ? reply(p, 'released') : undefined));
        racers.forEach((p, i) => {
          if (answers[i]?.held) p.send({ type: 'release' });
        });
        await Promise.all(released);
      }
      expect(holdersPerRound).toEqual(dirs.map(() => 1));
      // The others were told plainly who holds it.
      for (const message of refusals) expect(message).toMatch(/already in use by Umbrella process \d+/);
    } finally {
      for (const p of [...racers, holder]) p.kill('SIGKILL');
    }
  }, 180_000);

  it('takes over a lock left by a process that has died, in this version’s form and in the earlier one', () => {
    // A pid far above any this machine hands out stands for a process that has gone.
    const dead = { pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: 'then', nonce: 'n' };
    const dir = path.join(root, 'lock-b');
    fs.mkdirSync(path.join(dir, 'umbrella.lock'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'umbrella.lock', `${dead.pid}-n.json`), JSON.stringify(dead));
    const release = acquireDataDirLock(dir);
    const holders = () => fs.readdirSync(path.join(dir, 'umbrella.lock'));
    expect(holders()).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-[0-9a-f]+\\.json$`))]);
    release();
    expect(fs.existsSync(path.join(dir, 'umbrella.lock'))).toBe(false);

    // Earlier versions kept a file at the same path.
    const old = path.join(root, 'lock-c');
    fs.mkdirSync(old);
    fs.writeFileSync(path.join(old, 'umbrella.lock'), JSON.stringify(dead));
    acquireDataDirLock(old)();
    fs.writeFileSync(path.join(old, 'umbrella.lock'), JSON.stringify({ ...dead, pid: process.pid }));
    expect(() => acquireDataDirLock(old)).toThrow(new RegExp(`already in use by Umbrella process ${process.pid}`));
  });
});

describe('socket folders left by a process killed with SIGKILL', () => {
  it('are removed at the next start, and never one of a live process', async () => {
    const start = () => {
      const child = fork(new URL('./socket-dir-child.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
      const started = new Promise<string>((resolve, reject) => {
        child.once('message', (message: { socketDir: string }) => resolve(message.socketDir));
        child.once('exit', (code) => reject(new Error(`the child stopped before its database started (${code})`)));
      });
      return { child, started };
    };
    const killed = start();
    const alive = start();
    try {
      const [killedDir, aliveDir] = await Promise.all([killed.started, alive.started]);
      expect(path.basename(killedDir)).toMatch(new RegExp(`^umb-${killed.child.pid}-`));
      const exited = new Promise((resolve) => killed.child.once('exit', resolve));
      killed.child.kill('SIGKILL');
      await exited;
      expect(fs.existsSync(killedDir)).toBe(true);

      // An earlier version's folder (no pid in its name): kept while young, in case its process is starting.
      const earlier = fs.mkdtempSync(path.join(os.tmpdir(), 'umb-'));
      // A folder holding something else is not ours to remove.
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'umb-999999999-'));
      fs.writeFileSync(path.join(other, 'notes.txt'), 'not a socket');

      const removed = await removeAbandonedSocketDirs();
      expect(removed).toContain(killedDir);
      expect(fs.existsSync(killedDir)).toBe(false);
      expect(removed).not.toContain(aliveDir);
      expect(fs.existsSync(path.join(aliveDir, '.s.PGSQL.5432'))).toBe(true);
      expect(fs.existsSync(earlier)).toBe(true);
      expect(fs.existsSync(other)).toBe(true);

      const anHourAgo = new Date(Date.now() - 3_600_000);
      fs.utimesSync(earlier, anHourAgo, anHourAgo);
      expect(await removeAbandonedSocketDirs()).toContain(earlier);
      fs.rmSync(other, { recursive: true });

      // The next start of an embedded database does it by itself.
      const stopped = new Promise((resolve) => alive.child.once('exit', resolve));
      alive.child.kill('SIGKILL');
      await stopped;
      const database = await startEmbeddedDatabase({});
      await database.stop();
      expect(fs.existsSync(aliveDir)).toBe(false);
    } finally {
      killed.child.kill('SIGKILL');
      alive.child.kill('SIGKILL');
    }
  }, 180_000);
});

describe('durability: a commit is on the disk before it is answered', () => {
  it('runs PostgreSQL with fsync on, and each commit calls the system’s fsync', async () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const db = await openPGlite({ dataDir: path.join(root, 'durable') });
    try {
      expect((await db.query('SHOW fsync')).rows).toEqual([{ fsync: 'on' }]);
      expect((await db.query('SHOW wal_sync_method')).rows).toEqual([{ wal_sync_method: 'fsync' }]);
      await db.exec('CREATE TABLE notes (text text)');
      fsync.mockClear();
      await db.query('INSERT INTO notes VALUES ($1)', ['A note that must outlive a power cut']);
      expect(fsync).toHaveBeenCalled(); // the write-ahead log, before the commit is answered
    } finally {
      await db.close();
      fsync.mockRestore();
    }
  }, 120_000);
});

describe('the embedded database', () => {
  it('keeps data across a restart, refuses a second opener while running, and restores from a backup', async () => {
    const dataDir = path.join(root, 'db');
    const first = await openDatabase({ kind: 'embedded', dataDir });
    // The database the app runs on syncs each commit to the disk (see the durability test above).
    expect((await sql<{ fsync: string }>`SHOW fsync`.execute(first.db)).rows).toEqual([{ fsync: 'on' }]);
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
    // The backup held the lock of the process that made it: not kept in the restored folder.
    expect(fs.existsSync(path.join(restoredDir, 'umbrella.lock'))).toBe(false);

    // Restoring over existing data, or from a damaged backup, is refused and changes nothing.
    await expect(restoreEmbedded(backupDir, restoredDir)).rejects.toThrow(/already holds data/);
    fs.appendFileSync(path.join(backupDir, 'database.tar.gz'), 'x');
    await expect(restoreEmbedded(backupDir, path.join(root, 'other'))).rejects.toThrow(/damaged/);
  }, 120_000);
});
