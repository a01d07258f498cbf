// `npm run migrate`: applies pending migrations to the configured database and says what it did.
import { readMigrations } from '../server/db/migrate.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

try {
  const { database } = await openConfiguredDatabase(true);
  await database.close();
  process.stdout.write(`The database is up to date (${readMigrations().length} migrations).\n`);
} catch (error) {
  fail(error);
}
