// Worker thread that owns the embedded PGlite database and serves it on a unix socket, so the
// main thread talks to it with the ordinary `pg` driver and its event loop is never blocked.

import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { openPGlite } from './pglite-open.mjs';

/** @type {{ dataDir?: string, socketPath: string, loadDataDirFrom?: string, durable?: boolean }} */
const options = workerData;

try {
  const loadDataDir = options.loadDataDirFrom ? new Blob([await readFile(options.loadDataDirFrom)]) : undefined;
  const db = await openPGlite({ dataDir: options.dataDir, loadDataDir, durable: options.durable });
  await db.exec("SET TIME ZONE 'UTC'");
  const server = new PGLiteSocketServer({ db, path: options.socketPath, maxConnections: 64 });
  await server.start();
  parentPort?.postMessage({ type: 'ready' });

  parentPort?.on('message', async (message) => {
    if (message?.type === 'dump') {
      try {
        const file = await db.dumpDataDir('gzip');
        const bytes = new Uint8Array(await file.arrayBuffer());
        parentPort?.postMessage({ type: 'dumped', bytes }, [bytes.buffer]);
      } catch (error) {
        parentPort?.postMessage({ type: 'error', message: String(error?.message ?? error) });
      }
    }
    if (message?.type === 'stop') {
      await server.stop();
      await db.close();
      parentPort?.postMessage({ type: 'stopped' });
    }
  });
} catch (error) {
  parentPort?.postMessage({ type: 'error', message: String(error?.message ?? error) });
}
