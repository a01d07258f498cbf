// Imports an Open Referral UK directory file: validates every service (oruk-schema.ts), and only when nothing is wrong
// upserts them all by identifier in one transaction (oruk-mapping.ts says what is kept). Used by
// `npm run directory:import`, the demo loader (the Northfield sample) and the tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Tx } from '../../../db/database.ts';
import * as repo from './directory.repo.ts';
import { toDirectoryRows } from './oruk-mapping.ts';
import { validateDirectoryFile } from './oruk-schema.ts';

export type DirectoryImportReport = { ok: true; imported: number; created: number; updated: number } | { ok: false; problems: string[] };

/** The fictitious sample directory of Northfield, loaded with the demo. */
export const SAMPLE_DIRECTORY_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../seeds/directory/northfield-directory.json',
);

/** Validates, then upserts inside the caller's transaction (the demo loader's). Nothing is written when anything is wrong. */
export async function importDirectoryIn(tx: Tx, json: unknown): Promise<DirectoryImportReport> {
  const checked = validateDirectoryFile(json);
  if (!checked.ok) return checked;
  const rows = checked.services.map(toDirectoryRows);
  await repo.lockForImport(tx);
  const known = await repo.existingServiceIds(
    tx,
    rows.map((r) => r.service.id),
  );
  await repo.upsertDirectory(tx, rows);
  return { ok: true, imported: rows.length, created: rows.length - known.size, updated: known.size };
}

/** The same in its own transaction. */
export async function importDirectory(db: Db, json: unknown): Promise<DirectoryImportReport> {
  const checked = validateDirectoryFile(json);
  if (!checked.ok) return checked;
  return db.transaction().execute((tx) => importDirectoryIn(tx, json));
}

/** Reads a file (its JSON problems reported like the others), then imports it. */
export async function importDirectoryFile(db: Db, file: string): Promise<DirectoryImportReport> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`file: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`file: is not valid JSON (${(error as Error).message})`] };
  }
  return importDirectory(db, json);
}

export function readSampleDirectory(): unknown {
  return JSON.parse(fs.readFileSync(SAMPLE_DIRECTORY_FILE, 'utf8'));
}

/** The report as the script prints it. */
export function reportWords(report: DirectoryImportReport): string {
  if (report.ok) {
    const s = report.imported === 1 ? 'service' : 'services';
    return `${report.imported} ${s} imported (${report.created} new, ${report.updated} updated).`;
  }
  const n = report.problems.length;
  return [
    `Nothing was imported: the file has ${n} ${n === 1 ? 'problem' : 'problems'} to put right first.`,
    ...report.problems.map((p) => `  ${p}`),
  ].join('\n');
}
