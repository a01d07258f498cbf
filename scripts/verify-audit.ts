// `npm run verify-audit [-- kept-checkpoint.json …]`: checks every audit chain and reports the first broken link in each,
// then compares the database with the checkpoint file (and any copies of checkpoints kept elsewhere).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadAuditKey } from '../server/audit/audit-key.ts';
import { verifyAuditLog } from '../server/audit/verify-audit.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

try {
  const keptCopies = process.argv.slice(2).map((file) => path.resolve(file));
  for (const file of keptCopies) if (!fs.existsSync(file)) fail(`There is no file ${file}. Name a saved checkpoint, or nothing.`);
  const { config, database } = await openConfiguredDatabase(false);
  const key = loadAuditKey({
    envKey: config.auditKey,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    developmentChosen: config.developmentChosen,
  });
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  const result = await verifyAuditLog(client, key, { checkpointFile: config.auditCheckpointFile, keptCopies });
  await client.end();
  await database.close();
  const latest = result.checkpoints?.latest;
  const compared = latest
    ? `Compared with ${result.checkpoints?.lines} checkpoint(s) in ${config.auditCheckpointFile}; the latest, of ${latest.at}, recorded ${latest.events} events in ${latest.streams} chains (signature ${latest.signature}…).`
    : `No checkpoint in ${config.auditCheckpointFile} yet: only the chains were checked (a chain deleted whole, or cut back with its head, shows only against a checkpoint).`;
  if (result.ok) {
    process.stdout.write(`Audit log intact: ${result.events} events in ${result.streams} chains verified.\n${compared}\n`);
  } else {
    process.stdout.write(`Audit log BROKEN: ${result.problems.length} problem(s) found.\n`);
    for (const p of result.problems) process.stdout.write(`  - ${p.message}\n`);
    process.stdout.write(`${compared}\n`);
    process.exit(2);
  }
} catch (error) {
  fail(error);
}
