// `npm run create-admin -- --organisation "Name" --kind childrens_services --name "Full Name" --email a@b --username x`:
// the first administrator of a new installation. Creates the organisation if it is new and a platform administrator
// with no password, and prints a one-time invitation link (7 days) to choose one: no default password is ever shipped.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadAuditKey } from '../server/audit/audit-key.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { linkFor } from '../server/mail/index.ts';
import { createFirstAdministrator, FirstAdministratorRefused } from '../server/modules/admin/index.ts';
import { OrganisationKindInput, UsernameInput } from '../shared/contracts/admin.ts';
import { fail, openConfiguredDatabase } from './cli-database.ts';

const USAGE =
  'Usage: npm run create-admin -- --organisation "Northfield Council" --kind childrens_services --name "Full Name" --email name@example.org --username name';

const Input = z.object({
  organisation: z.string({ error: 'Give --organisation "Its name"' }).trim().min(1, 'Give --organisation "Its name"').max(200),
  kind: OrganisationKindInput,
  name: z.string({ error: 'Give --name "Their full name"' }).trim().min(1, 'Give --name "Their full name"').max(200),
  email: z.email('Give --email with an email address, like name@example.org'),
  username: UsernameInput,
});

let input: z.output<typeof Input>;
try {
  const { values } = parseArgs({
    options: {
      organisation: { type: 'string' },
      kind: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      username: { type: 'string' },
    },
  });
  const parsed = Input.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n');
    fail(`${problems}\n${USAGE}\nKinds: adult_mental_health, childrens_services, health, education, voluntary.`);
  }
  input = parsed.data;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}

try {
  const { config, database } = await openConfiguredDatabase(true);
  const key = loadAuditKey({
    envKey: config.auditKey,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    developmentChosen: config.developmentChosen,
  });
  const audit = createAuditLog({ key, streams: config.auditStreams });
  try {
    const made = await createFirstAdministrator(
      { db: database.db, audit },
      { organisation: input.organisation, kind: input.kind, fullName: input.name, email: input.email, username: input.username },
    );
    const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
    process.stdout.write(
      [
        `${made.organisationCreated ? 'Created the organisation' : 'Found the organisation'} ${made.organisationName}.`,
        `Created ${input.name} (username ${input.username}), a platform administrator with no password yet.`,
        '',
        `Give them this one-time link. It works once, until ${made.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC:`,
        `  ${linkFor(publicUrl, made.path)}`,
        '',
        'Opening it, they choose their own password and set up their authenticator app.',
        'It was also put in the mail outbox for their email address (sent when SMTP is set up).',
        'Anyone with this link can set up the account: hand it over privately, and do not keep a copy.',
        '',
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof FirstAdministratorRefused) fail(error.message);
  fail(error);
}
