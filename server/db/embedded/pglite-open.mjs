// Opens PGlite on a data folder with its writes made durable: a committed transaction is on the disk before
// the commit is answered, so a power cut (not only a killed process) loses nothing that was acknowledged.
//
// PGlite 0.5 starts PostgreSQL with `-F` (fsync off), and its WebAssembly file system turns fsync() into nothing
// (Emscripten's NODEFS has no fsync, and its fdatasync() does nothing). So durability needs three things:
// - start PostgreSQL without `-F`, so it asks for fsync at each commit (WAL) and checkpoint (data files);
// - wal_sync_method=fsync, as fdatasync() cannot be made to reach the disk;
// - give NODEFS an fsync that calls the host's fsync(2) on the real file.
// A folder PGlite has just made (initdb's files are copied in without fsync) or restored is synced once.

import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PGlite's own start parameters without `-F`, and WAL flushed with fsync(), the call that reaches the disk. */
export const DURABLE_START_PARAMS = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];

/** NODEFS with an fsync() that reaches the disk. */
class DurableNodeFS extends NodeFS {
  /** @param {import('@electric-sql/pglite').PGlite} pg @param {any} opts */
  async init(pg, opts) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts = {
      ...result.emscriptenOpts,
      preRun: [
        ...preRun,
        /** @param {any} mod */ (mod) => {
          const NODEFS = mod.FS.filesystems.NODEFS;
          // An error reaches PostgreSQL as the host's errno; a failed fsync of the WAL stops the database (PANIC),
          // as on a server, rather than carrying on with writes that may not be on the disk.
          NODEFS.stream_ops.fsync = (/** @type {{ nfd: number }} */ stream) => {
            NODEFS.tryFSOperation(() => fs.fsyncSync(stream.nfd));
            return 0;
          };
        },
      ],
    };
    return result;
  }
}

/** fsync(2) of every file and folder under `dir`. */
function syncTree(/** @type {string} */ dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(full);
    else if (entry.isFile()) syncPath(full);
  }
  syncPath(dir);
}

function syncPath(/** @type {string} */ file) {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * @param {{ dataDir?: string, loadDataDir?: Blob, durable?: boolean }} options
 *   dataDir: omit for an in-memory database (tests). durable: false only to measure what durability costs.
 */
export async function openPGlite(options) {
  if (!options.dataDir) return PGlite.create('memory://', { loadDataDir: options.loadDataDir });
  if (options.durable === false) return PGlite.create(options.dataDir, { loadDataDir: options.loadDataDir });
  const dataDir = path.resolve(options.dataDir);
  const isNew = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const db = await PGlite.create({ fs: new DurableNodeFS(dataDir), loadDataDir: options.loadDataDir, startParams: DURABLE_START_PARAMS });
  if (isNew) syncTree(dataDir);
  return db;
}
