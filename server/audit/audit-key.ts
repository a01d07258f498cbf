// Finds the audit chain's secret key: AUDIT_KEY from the environment, or in embedded mode a key file
// kept in the data folder (outside the database) that is made on first start.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function loadAuditKey(options: { envKey?: string; dataDir?: string; production: boolean }): Buffer {
  if (options.envKey) {
    if (options.envKey.length < 32) throw new Error('AUDIT_KEY must be at least 32 characters long.');
    return Buffer.from(options.envKey, 'utf8');
  }
  if (options.dataDir) {
    const file = path.join(options.dataDir, 'audit.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(options.dataDir, { recursive: true });
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
  }
  if (options.production) throw new Error('Set AUDIT_KEY (at least 32 characters) when using a PostgreSQL server in production.');
  // Development against a server without a key: a fixed, clearly non-secret key.
  return Buffer.from('umbrella-development-audit-key-not-secret', 'utf8');
}
