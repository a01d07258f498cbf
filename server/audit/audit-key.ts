// Finds the audit chain's secret key: AUDIT_KEY from the environment, or in embedded mode a key file
// kept in the data folder (outside the database) that is made on first start.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config-messages.ts';

/** The key a development machine uses against a server without AUDIT_KEY: published in this file, so never secret. */
export const DEVELOPMENT_AUDIT_KEY = 'umbrella-development-audit-key-not-secret';

/** A setting problem (ConfigError): start-up prints its one line, with no stack. */
export class AuditKeyMissing extends ConfigError {
  constructor() {
    super(
      'Umbrella cannot start: set AUDIT_KEY to a secret of at least 32 characters when DATABASE_URL is set (only an explicit NODE_ENV=development uses the built-in key, which is not secret).',
    );
  }
}

/**
 * `developmentChosen`: NODE_ENV=development was set explicitly (not the default). Only then does a server
 * without AUDIT_KEY get the published development key; anything else refuses, so a forgotten setting can
 * never leave a real deployment's audit log keyed with a constant anyone can read.
 */
export function loadAuditKey(options: { envKey?: string; dataDir?: string; developmentChosen: boolean }): Buffer {
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
  if (!options.developmentChosen) throw new AuditKeyMissing();
  return Buffer.from(DEVELOPMENT_AUDIT_KEY, 'utf8');
}
