// A real primary and hot standby on this machine for the standby tests and benchmark (issue 20 §2): a scratch
// PostgreSQL cluster made with initdb, and a second one made from it with pg_basebackup, streaming, on free ports.
// A scratch primary rather than the machine's own server: a base backup copies the whole server (every database on it,
// benchmark datasets of tens of GB included) and needs a replication line in its pg_hba.conf, which is the
// administrator's. The machine's PostgreSQL binaries are used; as root, everything runs as the `postgres` user.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, serviceUser } from './local-services.ts';

export type StandbyPair = {
  /** The scratch primary as its superuser (postgres), database `postgres`. */
  primaryUrl: string;
  /** The standby, the same way. */
  standbyUrl: string;
  /** Stops replaying the primary's changes (the standby falls behind) and starts again. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopStandby(): void;
  startStandby(): void;
  /** Stops both and removes their folders. */
  stop(): void;
};

/** The newest PostgreSQL server binaries on this machine (Debian keeps them out of PATH), or why there are none. */
export function postgresBinaries(): { dir: string } | { missing: string } {
  const fromEnv = process.env.UMBRELLA_PG_BINDIR;
  const candidates = fromEnv
    ? [fromEnv]
    : fs.existsSync('/usr/lib/postgresql')
      ? fs
          .readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => path.join('/usr/lib/postgresql', v, 'bin'))
      : [];
  const dir = candidates.find((d) => fs.existsSync(path.join(d, 'initdb')) && fs.existsSync(path.join(d, 'pg_basebackup')));
  if (dir) return { dir };
  return {
    missing: 'no PostgreSQL server binaries (initdb, pg_basebackup): install Debian’s postgresql package, or set UMBRELLA_PG_BINDIR',
  };
}

/** The folders of scratch pairs: each holds OWNER_FILE, the id of the process that made it. */
const PAIR_PREFIX = 'umbrella-standby-pair-';
const OWNER_FILE = 'owner.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Stops and removes the pairs whose process is gone. pg_ctl starts servers that outlive whoever started them: a test
 * run stopped by Ctrl+C, a timeout or a crash leaves its two servers running, and each run would add two more.
 * Returns the folders removed.
 */
export function sweepOrphanedPairs(): string[] {
  const bins = postgresBinaries();
  const removed: string[] = [];
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(PAIR_PREFIX)) continue;
    const base = path.join(os.tmpdir(), name);
    let owner = Number.NaN;
    try {
      owner = Number(fs.readFileSync(path.join(base, OWNER_FILE), 'utf8').trim());
    } catch {
      // No id: its maker is writing it this moment (a young folder), or died before it did.
      if (Date.now() - fs.statSync(base).mtimeMs < 60_000) continue;
    }
    if (Number.isInteger(owner) && owner > 0 && alive(owner)) continue;
    for (const dir of ['standby', 'primary'].map((d) => path.join(base, d))) {
      if ('dir' in bins && fs.existsSync(path.join(dir, 'postmaster.pid')))
        spawnSync(path.join(bins.dir, 'pg_ctl'), ['-D', dir, '-m', 'immediate', '-w', 'stop'], { cwd: base, ...serviceUser('PostgreSQL') });
    }
    fs.rmSync(base, { recursive: true, force: true });
    removed.push(base);
  }
  return removed;
}

export async function startStandbyPair(): Promise<StandbyPair> {
  const bins = postgresBinaries();
  if ('missing' in bins) throw new Error(bins.missing);
  const user = serviceUser('PostgreSQL');
  sweepOrphanedPairs();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), PAIR_PREFIX));
  fs.writeFileSync(path.join(base, OWNER_FILE), String(process.pid));
  if (user) fs.chownSync(base, user.uid, user.gid);
  const primaryDir = path.join(base, 'primary');
  const standbyDir = path.join(base, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const run = (program: string, args: string[]) => {
    const result = spawnSync(path.join(bins.dir, program), args, { cwd: base, encoding: 'utf8', ...user });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  const pgCtl = (dir: string, action: 'start' | 'stop') =>
    run(
      'pg_ctl',
      action === 'start' ? ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', 'start'] : ['-D', dir, '-m', 'fast', '-w', 'stop'],
    );
  const started: string[] = [];
  const stopAll = () => {
    process.off('exit', stopAll);
    for (const dir of started.splice(0).reverse()) {
      try {
        pgCtl(dir, 'stop');
      } catch {
        // Already stopped.
      }
    }
    fs.rmSync(base, { recursive: true, force: true });
  };
  // A process that ends without stop() (a failed hook, process.exit) stops its servers; one that is killed leaves them
  // for the next pair's sweepOrphanedPairs().
  process.once('exit', stopAll);
  try {
    // initdb's pg_hba.conf trusts local connections, replication included, when asked for trust.
    run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    fs.appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        '',
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${base}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        // The standby tells the primary which rows its reads still need, so replay does not cancel them.
        'hot_standby_feedback = on',
        // Scratch clusters for tests: losing them in a power cut loses nothing.
        'fsync = off',
        'full_page_writes = off',
        "TimeZone = 'UTC'",
        '',
      ].join('\n'),
    );
    pgCtl(primaryDir, 'start');
    started.push(primaryDir);
    // -R writes the standby's connection to the primary (primary_conninfo) and its standby.signal.
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    fs.appendFileSync(path.join(standbyDir, 'postgresql.conf'), `\nport = ${standbyPort}\n`);
    pgCtl(standbyDir, 'start');
    started.push(standbyDir);
  } catch (error) {
    stopAll();
    throw error;
  }
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;
  const onStandby = async (text: string) => {
    const client = new pg.Client({ connectionString: url(standbyPort) });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  let standbyUp = true;
  return {
    primaryUrl: url(primaryPort),
    standbyUrl: url(standbyPort),
    pauseReplay: () => onStandby('SELECT pg_wal_replay_pause()'),
    resumeReplay: () => onStandby('SELECT pg_wal_replay_resume()'),
    stopStandby() {
      if (standbyUp) pgCtl(standbyDir, 'stop');
      standbyUp = false;
    },
    startStandby() {
      if (!standbyUp) pgCtl(standbyDir, 'start');
      standbyUp = true;
    },
    stop() {
      if (!standbyUp) started.pop();
      stopAll();
    },
  };
}

/** Waits until the standby has replayed everything the primary had written when this was called. */
export async function standbyCaughtUp(primaryUrl: string, standbyUrl: string, timeoutMs = 30_000): Promise<void> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  const standby = new pg.Client({ connectionString: standbyUrl });
  await primary.connect();
  await standby.connect();
  try {
    const target = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]?.lsn;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await standby.query<{ behind: boolean | null }>('SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind', [target]);
      if (rows[0]?.behind === false) return;
      if (Date.now() > until) throw new Error('The standby did not catch up with the primary in time.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await primary.end();
    await standby.end();
  }
}
