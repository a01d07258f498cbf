// `npm run verify-audit`: checks every audit chain and reports the first broken link in each.
import pg from 'pg';
import { loadAuditKey } from '../server/audit/audit-key.ts';
import { verifyAuditLog } from '../server/audit/verify-audit.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

try {
  const { config, database } = await openConfiguredDatabase(false);
  const key = loadAuditKey({
    envKey: process.env.AUDIT_KEY,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    production: config.env === 'production',
  });
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  const result = await verifyAuditLog(client, key);
  await client.end();
  await database.close();
  if (result.ok) {
    process.stdout.write(`Audit log intact: ${result.events} events in ${result.streams} chains verified.\n`);
  } else {
    process.stdout.write(`Audit log BROKEN: ${result.problems.length} chain(s) fail verification.\n`);
    for (const p of result.problems) process.stdout.write(`  - ${p.message}\n`);
    process.exit(2);
  }
} catch (error) {
  fail(error);
}
