// What the local test services (the scratch primary and standby, PgBouncer) share: a free port, and the user they run as.
import fs from 'node:fs';
import net from 'node:net';

/** A port nobody listens on now (the kernel's choice). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL and PgBouncer refuse to run as root: as root they run as the `postgres` user (these ids; an error when
 * there is none), otherwise as whoever runs the tests (undefined).
 */
export function serviceUser(program: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error(`${program} refuses to run as root and there is no postgres user to run it as`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
