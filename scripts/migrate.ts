// `npm run migrate`: applies pending migrations to the configured database and says what it did.
import { DatabaseRoleError } from '../server/db/database.ts';
import { readMigrations } from '../server/db/migrate.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

const done = `The database is up to date (${readMigrations().length} migrations).`;
try {
  const { database } = await openConfiguredDatabase(true);
  await database.close();
  process.stdout.write(`${done}\n`);
} catch (error) {
  // The migrations ran as the owner; what is wrong is the app's own role, which the next start checks again.
  if (error instanceof DatabaseRoleError)
    fail(`${done}\nBut ${error.message.replace(/^Umbrella cannot start: /, 'Umbrella will not start until this is put right: ')}`);
  fail(error);
}
