// Shared by the benchmark scripts: flags, the server URL, the fixed audit key and the session-token file format.
import os from 'node:os';
import path from 'node:path';

/** The audit key every benchmark database is chained with (at least 32 characters, not secret). */
export const BENCH_AUDIT_KEY_TEXT = 'umbrella-benchmark-audit-key-not-secret-2026';
export const benchAuditKey = () => Buffer.from(BENCH_AUDIT_KEY_TEXT, 'utf8');
/** The password of every synthetic account (hashed once with the app's argon2id settings). */
export const BENCH_PASSWORD = 'bench-password-not-secret';
/** The server the benchmark databases are made on (loopback only). */
export const serverUrl = () => process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const dbUrl = (name: string) => {
  const u = new URL(serverUrl());
  u.pathname = `/${name}`;
  return u.toString();
};
export const outDir = () => path.join(os.tmpdir(), 'umbrella-bench');
export const tokensFile = (name: string) => path.join(outDir(), `${name}.tokens.json`);

export type ProfessionalSession = { token: string; csrf: string; staffId: string; families: string[] };
export type ParentSession = { token: string; csrf: string; familyId: string };
export type Tokens = { database: string; scale: number; professionals: ProfessionalSession[]; parents: ParentSession[] };

/** `--name value` and `--flag` parsing; unknown flags are refused so a typo does not silently change a run. */
export function parseFlags<T extends Record<string, string | boolean>>(defaults: T, argv = process.argv.slice(2)): T {
  const out: Record<string, string | boolean> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!(name in defaults)) throw new Error(`Unknown flag --${name}; known: ${Object.keys(defaults).join(', ')}`);
    if (typeof defaults[name] === 'boolean') out[name] = inline === undefined ? true : inline !== 'false';
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      out[name] = value;
    }
  }
  return out as T;
}

export const log = (message: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
