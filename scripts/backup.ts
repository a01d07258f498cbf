// `npm run backup -- [folder]`: copies the stopped embedded database (and its audit key) to a new folder.
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { backupEmbedded } from '../server/db/embedded/backup.ts';
import { fail } from './cli-database.ts';

try {
  const config = loadConfig();
  if (config.databaseUrl) fail('DATABASE_URL is set: back up a PostgreSQL server with pg_dump instead.');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(process.argv[2] ?? path.join('backups', `umbrella-${stamp}`));
  await backupEmbedded(config.dataDir, target);
  process.stdout.write(`Backup written to ${target}\nRestore it with: npm run restore -- ${target}\n`);
} catch (error) {
  fail(error);
}
