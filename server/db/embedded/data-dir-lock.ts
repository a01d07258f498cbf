// A lock file on the embedded database's folder: PGlite takes none itself, and two processes
// writing one folder lose data silently. A lock left by a process that has died is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirInUseError extends Error {}

type LockInfo = { pid: number; host: string; startedAt: string };

/** Folders this process holds, so a lock with our own pid can be told apart from one left by an
 * earlier process that happened to have the same pid (common in containers). */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataDirInUseError with a message that says what to do. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'umbrella.lock');
  const me: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      heldHere.add(lockPath);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(lockPath);
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
          if (current.pid === me.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
      } catch {
        holder = undefined; // unreadable or half-written: treat as stale
      }
      const sameHost = holder?.host === os.hostname();
      const ours = holder?.pid === process.pid;
      const held = holder && (!sameHost || (ours ? heldHere.has(lockPath) : isAlive(holder.pid)));
      if (holder && held) {
        throw new DataDirInUseError(
          `The database folder ${dataDir} is already in use by Umbrella process ${holder.pid} on ${holder.host} ` +
            `(started ${holder.startedAt}). Stop that process first, or set DATA_DIR to a different folder. ` +
            'Nothing has been changed.',
        );
      }
      // The process that held the lock has gone: the lock is stale, remove it and try once more.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not take the lock on ${dataDir}; try again.`);
}
