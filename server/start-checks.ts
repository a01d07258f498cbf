// What can stop Umbrella starting, found before the database opens, and told in one plain line that says what
// to do: a data folder that is a file or cannot be written, a port in use or not ours to take. Used by
// server/main.ts and by scripts/start.ts (which checks before it spends time building the web app).
import fs from 'node:fs';
import net from 'node:net';
import { ConfigError } from './config-messages.ts';
import { DatabaseRoleError } from './db/app-role.ts';
import { DataDirInUseError } from './db/embedded/data-dir-lock.ts';
import { MigrationError } from './db/migrate.ts';

/** A reason not to start that is told in one plain line, without a stack. */
export class StartProblem extends Error {
  override name = 'StartProblem';
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** The embedded database's folder must be a folder this user can write; it is made when missing. */
export function checkDataDir(dir: string): void {
  const fix = 'Set DATA_DIR to a folder this user can write (Umbrella makes it when it is missing).';
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    if (code(error) === 'ENOTDIR') {
      throw new StartProblem(
        `Umbrella cannot start: the data folder ${dir} (DATA_DIR) cannot be made, because part of that path is a file. ${fix}`,
      );
    }
    if (code(error) !== 'ENOENT')
      throw new StartProblem(`Umbrella cannot start: the data folder ${dir} (DATA_DIR) cannot be read (${code(error)}). ${fix}`);
  }
  if (stat && !stat.isDirectory()) {
    throw new StartProblem(`Umbrella cannot start: DATA_DIR is ${dir}, which is a file, not a folder. ${fix}`);
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    const why = code(error) === 'EEXIST' || code(error) === 'ENOTDIR' ? 'part of that path is a file' : 'this user may not write there';
    throw new StartProblem(`Umbrella cannot start: the data folder ${dir} (DATA_DIR) cannot be written, because ${why}. ${fix}`);
  }
}

/** The line for a port or address the server cannot listen on, or undefined for any other error. */
export function listenProblem(error: unknown, port: number, host: string): string | undefined {
  const e = error as NodeJS.ErrnoException & { port?: number; address?: string };
  const p = e.port ?? port;
  switch (code(error)) {
    case 'EADDRINUSE':
      return `Umbrella cannot start: port ${p} is already in use by another program (perhaps another Umbrella). Stop that program, or choose another port, for example: PORT=${p === 3000 ? 3001 : p + 1} npm start`;
    case 'EACCES':
    case 'EPERM':
      return `Umbrella cannot start: this user may not listen on port ${p} (ports below 1024 need administrator rights). Choose a port from 1024 up, for example: PORT=3000 npm start`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Umbrella cannot start: HOST is ${host}, which is not an address of this machine. Leave HOST unset (127.0.0.1), or set it to 0.0.0.0 to listen on every address.`;
    default:
      return undefined;
  }
}

/** Refuses, in one plain line, a port that is taken: checked before the database opens, so a second start fails fast. */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return; // the system picks a free one
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) =>
      reject(
        new StartProblem(
          listenProblem(error, port, host) ?? `Umbrella cannot start: cannot listen on ${host}:${port} (${(error as Error).message}).`,
        ),
      ),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The plain line for an error that stopped the start, or undefined when it is unexpected (a bug: show its stack). */
export function plainStartError(error: unknown, where?: { port: number; host: string }): string | undefined {
  if (
    error instanceof StartProblem ||
    error instanceof ConfigError ||
    error instanceof DataDirInUseError ||
    error instanceof DatabaseRoleError ||
    error instanceof MigrationError
  ) {
    return error.message;
  }
  if (where) return listenProblem(error, where.port, where.host);
  return undefined;
}
