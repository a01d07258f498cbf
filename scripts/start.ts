// `npm start`: check what would stop Umbrella starting (settings, data folder, another Umbrella on it, the port), build
// the web app only when something it is built from has changed, then start the server in this process.
// The checks come first so that a start that cannot succeed says why at once, and never rewrites dist/web under an
// Umbrella that is already running from it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuditKey } from '../server/audit/audit-key.ts';
import { loadConfig } from '../server/config.ts';
import { acquireDataDirLock } from '../server/db/embedded/data-dir-lock.ts';
import { checkDataDir, checkPortFree, plainStartError } from '../server/start-checks.ts';
import { webBuildIsCurrent } from './web-build-stamp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function refuse(error: unknown, where?: { port: number; host: string }): never {
  const plain = plainStartError(error, where);
  process.stderr.write(plain ? `${plain}\n` : `\nUmbrella could not start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
}

let where: { port: number; host: string } | undefined;
try {
  const config = loadConfig();
  where = { port: config.port, host: config.host };
  // A server needs AUDIT_KEY (unless NODE_ENV=development is set explicitly): refused here too, before the build.
  if (config.databaseUrl) loadAuditKey({ envKey: config.auditKey, developmentChosen: config.developmentChosen });
  if (!config.databaseUrl) {
    checkDataDir(config.dataDir);
    // Take the folder's lock and give it back at once: this refuses a folder another live Umbrella holds, with the
    // same words the server would use, and the server takes the lock for good in a moment.
    acquireDataDirLock(config.dataDir)();
  }
  await checkPortFree(config.port, config.host);
} catch (error) {
  refuse(error, where);
}

if (webBuildIsCurrent(root)) {
  process.stdout.write('The web app is up to date (nothing it is built from has changed since the last build).\n');
} else {
  process.stdout.write('Building the web app (again whenever web/, shared/ or the dependencies change)…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('Umbrella cannot start: the web app did not build; the messages above say why.\n');
    process.exit(1);
  }
}

// The server itself: server/main.ts starts on import, checks again and takes the data folder's lock.
await import('../server/main.ts');
