// The health check's one statement: can the app reach its database?
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function pingDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
