// Starts the embedded PGlite database in a worker thread behind a unix socket and returns the
// socket's folder for `pg`; also dumps the data folder for backups and stops cleanly.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { dropRestoredHolders, isAlive } from './data-dir-lock.ts';

/** Socket folders are `umb-<pid>-XXXXXX` in the system's temporary folder (earlier versions: `umb-XXXXXX`). */
const SOCKET_DIR_PREFIX = 'umb-';
const SOCKET_FILE = '.s.PGSQL.5432';

/** Whether something listens on a unix socket. An answer we cannot read counts as yes: the folder is kept. */
function socketAnswers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ path: socketPath });
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(true), 2_000);
    socket.once('connect', () => done(true));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code !== 'ECONNREFUSED' && error.code !== 'ENOENT'));
  });
}

/**
 * Removes the socket folders of embedded databases whose process has died (kill -9, a power cut): stopping cleanly
 * removes its own, nothing else would remove these. A folder is removed only if it is this user's, holds nothing
 * but the socket, its process is gone (the pid in its name; an earlier version’s folder without one must be ten
 * minutes old) and nothing answers on its socket. Returns the folders removed.
 */
export async function removeAbandonedSocketDirs(tmp = os.tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((name) => name.startsWith(SOCKET_DIR_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = path.join(tmp, name);
    try {
      const pid = /^umb-(\d+)-/.exec(name)?.[1];
      if (pid !== undefined && (Number(pid) === process.pid || isAlive(Number(pid)))) continue;
      const stat = fs.lstatSync(dir);
      if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid())) continue;
      if (pid === undefined && Date.now() - stat.mtimeMs < 600_000) continue;
      if (fs.readdirSync(dir).some((entry) => entry !== SOCKET_FILE)) continue;
      if (await socketAnswers(path.join(dir, SOCKET_FILE))) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Gone meanwhile, or not ours to read: leave it.
    }
  }
  return removed;
}

export type EmbeddedDatabase = {
  /** Folder holding the `.s.PGSQL.5432` socket: use as `host` for `pg`. */
  socketDir: string;
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
};

type WorkerMessage = { type: 'ready' } | { type: 'stopped' } | { type: 'dumped'; bytes: Uint8Array } | { type: 'error'; message: string };

let durable = true;
/**
 * Whether embedded databases this process starts from now on sync each commit to the disk (the default, and what
 * Umbrella runs with). Off only to measure what durability costs (bench/bench-server.ts): with it off, a power cut
 * can lose acknowledged writes.
 */
export function setEmbeddedDurability(on: boolean): void {
  durable = on;
}

export async function startEmbeddedDatabase(options: {
  /** Folder to persist to; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A gzipped data-folder dump to start from (restore, or a migrated template in tests). */
  loadDataDirFrom?: string;
}): Promise<EmbeddedDatabase> {
  await removeAbandonedSocketDirs();
  // Unix socket paths are limited to about 100 bytes, so the socket lives in a short temp folder, named with
  // this process's id so that a later start can tell it was abandoned.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), `${SOCKET_DIR_PREFIX}${process.pid}-`));
  const socketPath = path.join(socketDir, SOCKET_FILE);
  const worker = new Worker(new URL('./pglite.worker.mjs', import.meta.url), {
    workerData: { dataDir: options.dataDir, socketPath, loadDataDirFrom: options.loadDataDirFrom, durable },
  });

  const next = (predicate: (m: WorkerMessage) => boolean) =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'error') {
          cleanup();
          reject(new Error(`The embedded database failed: ${m.message}`));
        } else if (predicate(m)) {
          cleanup();
          resolve(m);
        }
      };
      const onError = (e: Error) => {
        cleanup();
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`The embedded database worker stopped unexpectedly (exit code ${code}).`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });

  try {
    await next((m) => m.type === 'ready');
  } catch (error) {
    await worker.terminate();
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  // A restored backup brings the lock of the process that made it; the lock is this process's now.
  if (options.loadDataDirFrom && options.dataDir) dropRestoredHolders(options.dataDir);

  let stopped = false;
  return {
    socketDir,
    async dump() {
      const reply = next((m) => m.type === 'dumped');
      worker.postMessage({ type: 'dump' });
      const m = await reply;
      if (m.type !== 'dumped') throw new Error('unexpected reply');
      return m.bytes;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const reply = next((m) => m.type === 'stopped');
      worker.postMessage({ type: 'stop' });
      await reply;
      await worker.terminate();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
