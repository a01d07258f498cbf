// A PgBouncer in transaction pooling mode on a free local port in front of a PostgreSQL server, for the tests and the
// benchmark that run Umbrella behind a pooler (README, "A connection pooler"). Installed with apt when missing and root.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, serviceUser } from '../server/test/local-services.ts';

const BINARY = '/usr/sbin/pgbouncer';
/**
 * Runs `$0 $1` (PgBouncer and its ini) in the background, and a reader that sends it SIGTERM (its immediate shutdown)
 * at the end of the shell's stdin; the shell exits with PgBouncer's status when PgBouncer exits, for whatever reason.
 */
const GUARD = 'exec 3<&0; "$0" "$1" </dev/null & p=$!; (read _ <&3; kill $p 2>/dev/null) & wait $p';

export type LocalPgBouncer = {
  /** `serverUrl` with the pooler's host and port instead: same user and database. */
  url: string;
  port: number;
  stop(): Promise<void>;
};

/**
 * Debian's pgbouncer, installed when missing and we are root (apt's output in a log file). Returns why it cannot be
 * had, or undefined when it is there.
 */
export function ensurePgBouncer(): string | undefined {
  if (fs.existsSync(BINARY)) return undefined;
  const command = 'apt-get update && apt-get install -y --no-install-recommends pgbouncer';
  if (process.getuid?.() !== 0) return `PgBouncer is not installed: install it with  sudo sh -c '${command}'`;
  const log = path.join(os.tmpdir(), 'umbrella-pgbouncer-install.log');
  process.stdout.write(`\n=== Installing pgbouncer (apt's output: ${log}) ===\n`);
  const fd = fs.openSync(log, 'w');
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', fd, fd], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'pgbouncer']);
  fs.closeSync(fd);
  if (fs.existsSync(BINARY)) return undefined;
  const tail = fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-5).join(' / ');
  return `Installing pgbouncer failed (${tail})`;
}

/** Resolves once something accepts connections on the port, or rejects after `ms`. */
async function waitForPort(port: number, ms: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    const why = exited();
    if (why) throw new Error(why);
    if (Date.now() > deadline) throw new Error(`PgBouncer did not accept connections on port ${port} within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts PgBouncer in transaction mode in front of `serverUrl`'s server: every database name passes through to the
 * same name there (each test's own database), users sign in without a password (the local test server trusts its
 * connections). The users are `serverUrl`'s and umbrella_app. Stopped by stop() or when this process exits.
 */
export async function startPgBouncer(serverUrl: string, options: { poolSize?: number; users?: string[] } = {}): Promise<LocalPgBouncer> {
  const missing = ensurePgBouncer();
  if (missing) throw new Error(missing);
  const server = new URL(serverUrl);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-pgbouncer-'));
  const users = new Set([decodeURIComponent(server.username || 'postgres'), 'umbrella_app', ...(options.users ?? [])]);
  fs.writeFileSync(path.join(dir, 'users.txt'), [...users].map((u) => `"${u}" ""\n`).join(''));
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'pool_mode = transaction',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      `default_pool_size = ${options.poolSize ?? 20}`,
      'max_client_conn = 2000',
      // The tests make and drop a database each: a pool left idle is closed soon, so DROP DATABASE is not kept waiting
      // by more than the server's own FORCE.
      'server_idle_timeout = 10',
      'logfile =',
      'log_connections = 0',
      'log_disconnections = 0',
      'log_stats = 0',
      '',
    ].join('\n'),
  );
  const ids = serviceUser('PgBouncer');
  if (ids) {
    fs.chownSync(dir, ids.uid, ids.gid);
    for (const f of fs.readdirSync(dir)) fs.chownSync(path.join(dir, f), ids.uid, ids.gid);
  }
  // Its output goes to a file, not a pipe: test-all.ts blocks in spawnSync while it runs, and a full pipe would stall it.
  const logFile = path.join(dir, 'pgbouncer.log');
  const log = fs.openSync(logFile, 'w');
  let exit: string | undefined;
  // Under a shell that ends PgBouncer once this process's end of its stdin closes, which the kernel does however this
  // process ends: a SIGTERM (a CI job's time limit, `timeout`) or a SIGKILL runs no 'exit' hook, and left it running.
  const child: ChildProcess = spawn('/bin/sh', ['-c', GUARD, BINARY, path.join(dir, 'pgbouncer.ini')], {
    stdio: ['pipe', log, log],
    ...(ids && { uid: ids.uid, gid: ids.gid }),
  });
  fs.closeSync(log);
  child.once('exit', (code, signal) => {
    const output = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    exit = `PgBouncer exited (${signal ?? code}): ${output.trim().split('\n').slice(-3).join(' / ')}`;
  });
  // Closing its stdin stops it (GUARD); this process ending closes it too.
  const kill = () => child.stdin?.destroy();
  process.once('exit', kill);
  const cleanUp = () => {
    process.off('exit', kill);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, 10_000, () => exit);
  } catch (error) {
    kill();
    cleanUp();
    throw error;
  }
  const url = new URL(serverUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        kill();
        await exited;
      }
      cleanUp();
    },
  };
}

// Run by hand: starts one in front of the given (or the local) server and prints its URL until Ctrl+C.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const serverUrl = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const bouncer = await startPgBouncer(serverUrl);
  process.stdout.write(`PgBouncer (transaction mode) in front of ${serverUrl}: ${bouncer.url}\n`);
  process.on('SIGINT', () => bouncer.stop().then(() => process.exit(0)));
  process.on('SIGTERM', () => bouncer.stop().then(() => process.exit(0)));
}
