// Runs once before the API tests: makes a migrated embedded database and saves it as a template,
// so each test file starts its own fresh database in about a second instead of running initdb.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/database.ts';

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-template-'));
  const database = await openDatabase({ kind: 'embedded' });
  const bytes = await database.embedded?.dump();
  await database.close();
  if (!bytes) throw new Error('Could not make the test database template.');
  const file = path.join(dir, 'template.tar.gz');
  fs.writeFileSync(file, bytes);
  process.env.UMBRELLA_TEST_TEMPLATE = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
