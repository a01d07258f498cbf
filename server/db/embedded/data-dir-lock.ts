// A lock on the embedded database's folder: PGlite takes none itself, and two processes writing one folder lose
// data silently. A lock left by a process that has died is taken over, by exactly one of the processes that find it.
//
// The lock is the folder DATA_DIR/umbrella.lock holding one file, `<pid>-<nonce>.json`, that names its holder.
// - Taking it: the holder's file is written in a private folder first, which is then renamed to umbrella.lock.
//   rename(2) replaces an empty folder or makes a new one, and fails on a folder that holds a file, so of
//   several processes at once exactly one succeeds, and the lock never exists half written.
// - Taking over: a holder file whose process has died is deleted by its own name. The name is unique to that
//   holder (pid and a random nonce), so a process that was slow to act on what it read cannot delete a lock
//   someone else has taken since; everyone then races the rename again.
// - Giving it back: the holder deletes its own file, then the folder if it is empty.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirInUseError extends Error {}

type LockInfo = { pid: number; host: string; startedAt: string; nonce: string };

export const LOCK_NAME = 'umbrella.lock';
const PREPARING = 'umbrella.lock.new-';

/** Lock folders this process holds, with the name of its holder file in each, so a lock with our own pid can be
 * told apart from one left by an earlier process that happened to have the same pid (common in containers). */
const heldHere = new Map<string, string>();

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

function readHolder(file: string): LockInfo | 'gone' | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : undefined;
  } catch (error) {
    if (code(error) === 'ENOENT') return 'gone';
    return undefined; // not a holder file this code wrote: nobody holds the lock through it
  }
}

function inUse(dataDir: string, holder: LockInfo): DataDirInUseError {
  return new DataDirInUseError(
    `The database folder ${dataDir} is already in use by Umbrella process ${holder.pid} on ${holder.host} ` +
      `(started ${holder.startedAt}). Stop that process first, or set DATA_DIR to a different folder. ` +
      'Nothing has been changed.',
  );
}

function isHeld(lockDir: string, entry: string, holder: LockInfo): boolean {
  if (holder.host !== os.hostname()) return true; // another machine's process: we cannot tell, so it holds
  if (holder.pid === process.pid) return heldHere.get(lockDir) === entry;
  return isAlive(holder.pid);
}

/** Earlier versions' lock was a file at the same path: respected while its process lives, removed after. */
function clearOldLockFile(dataDir: string, lockDir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(lockDir);
  } catch {
    return;
  }
  if (stat.isDirectory()) return;
  const holder = readHolder(lockDir);
  if (holder && holder !== 'gone' && (holder.host !== os.hostname() || isAlive(holder.pid))) throw inUse(dataDir, holder);
  try {
    fs.unlinkSync(lockDir); // only a file is removed here: this code never makes one at this path
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }
}

/** Private folders of processes that died while taking the lock. */
function clearAbandonedPreparations(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    const pid = name.startsWith(PREPARING) ? Number(name.slice(PREPARING.length).split('-')[0]) : Number.NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
  }
}

/** Takes the lock or throws DataDirInUseError with a message that says what to do. */
export function acquireDataDirLock(folder: string): () => void {
  const dataDir = path.resolve(folder);
  fs.mkdirSync(dataDir, { recursive: true });
  const lockDir = path.join(dataDir, LOCK_NAME);
  const nonce = randomBytes(8).toString('hex');
  const me: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), nonce };
  const entry = `${me.pid}-${nonce}.json`;
  clearOldLockFile(dataDir, lockDir);
  clearAbandonedPreparations(dataDir);

  const preparing = path.join(dataDir, `${PREPARING}${me.pid}-${nonce}`);
  fs.mkdirSync(preparing);
  fs.writeFileSync(path.join(preparing, entry), JSON.stringify(me));
  try {
    // Each pass either takes the lock, finds it held, or removes at least one dead holder's file; a few passes
    // are enough unless processes keep dying while holding it.
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        fs.renameSync(preparing, lockDir);
        heldHere.set(lockDir, entry);
        return releaser(lockDir, entry);
      } catch (error) {
        const why = code(error);
        if (why === 'ENOTDIR') {
          clearOldLockFile(dataDir, lockDir); // an older version made its lock file just now
          continue;
        }
        if (why !== 'ENOTEMPTY' && why !== 'EEXIST') throw error;
      }
      let entries: string[];
      try {
        entries = fs.readdirSync(lockDir);
      } catch (error) {
        if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') continue; // given back meanwhile
        throw error;
      }
      for (const name of entries) {
        const holder = readHolder(path.join(lockDir, name));
        if (holder === 'gone') continue;
        if (holder && isHeld(lockDir, name, holder)) throw inUse(dataDir, holder);
        // Its process has gone: delete exactly this holder's file. If it was deleted already, nothing happens;
        // a newer holder's file has another name and is never touched.
        fs.rmSync(path.join(lockDir, name), { force: true, recursive: true });
      }
    }
    throw new DataDirInUseError(`Could not take the lock on ${dataDir} because other processes kept taking it; try again.`);
  } finally {
    fs.rmSync(preparing, { recursive: true, force: true });
  }
}

function releaser(lockDir: string, entry: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (heldHere.get(lockDir) === entry) heldHere.delete(lockDir);
    fs.rmSync(path.join(lockDir, entry), { force: true });
    try {
      fs.rmdirSync(lockDir);
    } catch {
      // Already gone, or another process has taken the lock since: it is theirs now.
    }
  };
}

/**
 * A restored backup carries the lock folder of the process that made it (it is inside the data folder). Called by
 * the process holding the lock after a restore: removes every holder file but its own.
 */
export function dropRestoredHolders(dataDir: string): void {
  const lockDir = path.join(path.resolve(dataDir), LOCK_NAME);
  const mine = heldHere.get(lockDir);
  if (!mine) return;
  for (const name of fs.readdirSync(lockDir)) if (name !== mine) fs.rmSync(path.join(lockDir, name), { force: true, recursive: true });
}
