// Starts the embedded PGlite database in a worker thread behind a unix socket and returns the
// socket's folder for `pg`; also dumps the data folder for backups and stops cleanly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export type EmbeddedDatabase = {
  /** Folder holding the `.s.PGSQL.5432` socket: use as `host` for `pg`. */
  socketDir: string;
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
};

type WorkerMessage = { type: 'ready' } | { type: 'stopped' } | { type: 'dumped'; bytes: Uint8Array } | { type: 'error'; message: string };

export async function startEmbeddedDatabase(options: {
  /** Folder to persist to; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A gzipped data-folder dump to start from (restore, or a migrated template in tests). */
  loadDataDirFrom?: string;
}): Promise<EmbeddedDatabase> {
  // Unix socket paths are limited to about 100 bytes, so the socket lives in a short temp folder.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umb-'));
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  const worker = new Worker(new URL('./pglite.worker.mjs', import.meta.url), {
    workerData: { dataDir: options.dataDir, socketPath, loadDataDirFrom: options.loadDataDirFrom },
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

  await next((m) => m.type === 'ready');

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
