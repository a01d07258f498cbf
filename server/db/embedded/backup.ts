// Backup and restore for the embedded database: a backup is a folder holding the database files,
// the audit key (without it the restored audit chain could not be verified) and a manifest.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../database.ts';

export type BackupManifest = { createdAt: string; format: 1; files: Record<string, string> };

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Copies a stopped embedded database into `target` (a new folder). Takes the data folder's lock. */
export async function backupEmbedded(dataDir: string, target: string): Promise<BackupManifest> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')) && !fs.existsSync(path.join(dataDir, 'base'))) {
    throw new Error(`There is no Umbrella database in ${dataDir}. Check DATA_DIR.`);
  }
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new Error(`The backup folder ${target} already has files in it. Choose a new folder name.`);
  }
  const database = await openDatabase({ kind: 'embedded', dataDir }, false);
  try {
    const bytes = await database.embedded?.dump();
    if (!bytes) throw new Error('The database could not be copied.');
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'database.tar.gz'), bytes);
  } finally {
    await database.close();
  }
  const files: Record<string, string> = { 'database.tar.gz': sha256(path.join(target, 'database.tar.gz')) };
  const key = path.join(dataDir, 'audit.key');
  if (fs.existsSync(key)) {
    fs.copyFileSync(key, path.join(target, 'audit.key'));
    fs.chmodSync(path.join(target, 'audit.key'), 0o600);
    files['audit.key'] = sha256(key);
  }
  const manifest: BackupManifest = { createdAt: new Date().toISOString(), format: 1, files };
  fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Restores a backup folder into an empty data folder; refuses to overwrite an existing database. */
export async function restoreEmbedded(source: string, dataDir: string): Promise<void> {
  const manifestFile = path.join(source, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${source} is not an Umbrella backup (manifest.json is missing).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
  for (const [file, hash] of Object.entries(manifest.files)) {
    const full = path.join(source, file);
    if (!fs.existsSync(full) || sha256(full) !== hash) {
      throw new Error(`The backup file ${file} is missing or damaged (its checksum does not match). Nothing was restored.`);
    }
  }
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} already holds data. Restore into a new, empty folder (set DATA_DIR), so nothing is overwritten.`);
  }
  const database = await openDatabase({ kind: 'embedded', dataDir, loadDataDirFrom: path.join(source, 'database.tar.gz') }, false);
  await database.close();
  if (manifest.files['audit.key']) {
    fs.copyFileSync(path.join(source, 'audit.key'), path.join(dataDir, 'audit.key'));
    fs.chmodSync(path.join(dataDir, 'audit.key'), 0o600);
  }
}
