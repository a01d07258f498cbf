// `npm run restore -- <backup folder>`: restores a backup into DATA_DIR, which must be new or empty.
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { restoreEmbedded } from '../server/db/embedded/backup.ts';
import { fail } from './cli-database.ts';

try {
  const config = loadConfig();
  const source = process.argv[2];
  if (!source) fail('Say which backup folder to restore: npm run restore -- backups/umbrella-…');
  await restoreEmbedded(path.resolve(source), config.dataDir);
  process.stdout.write(`Restored into ${config.dataDir}. Start Umbrella with: npm start\n`);
} catch (error) {
  fail(error);
}
