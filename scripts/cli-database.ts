// Opens the configured database for an operational script, with the same settings as the server.
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { databaseOptions } from '../server/umbrella.ts';

export async function openConfiguredDatabase(runMigrations: boolean) {
  const config = loadConfig();
  const database = await openDatabase(databaseOptions(config), runMigrations);
  return { config, database };
}

export function fail(error: unknown): never {
  process.stderr.write(`\n${(error as Error).message ?? error}\n`);
  process.exit(1);
}
