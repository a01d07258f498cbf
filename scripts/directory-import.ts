// `npm run directory:import -- <file>`: imports an Open Referral UK directory file (JSON: a list of services, or
// { "services": [ … ] }) into the configured database. Every problem is listed with its service and field, and then
// nothing is imported (exit code 1); otherwise it says how many services were new and how many updated.
import { pathToFileURL } from 'node:url';
import type { Db } from '../server/db/database.ts';
import { importDirectoryFile, reportWords } from '../server/modules/support/index.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

export const USAGE = 'Usage: npm run directory:import -- path/to/directory.json';

/** The script's work on an open database: what to print, and the exit code. */
export async function runDirectoryImport(args: readonly string[], db: Db): Promise<{ code: 0 | 1; out: string }> {
  const file = args.find((a) => a !== '--');
  if (!file) return { code: 1, out: `Say which file to import.\n${USAGE}` };
  const report = await importDirectoryFile(db, file);
  return { code: report.ok ? 0 : 1, out: reportWords(report) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (!args.some((a) => a !== '--')) fail(`Say which file to import.\n${USAGE}`);
  try {
    const { database } = await openConfiguredDatabase(true);
    try {
      const { code, out } = await runDirectoryImport(args, database.db);
      (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
      process.exitCode = code;
    } finally {
      await database.close();
    }
  } catch (error) {
    fail(error);
  }
}
