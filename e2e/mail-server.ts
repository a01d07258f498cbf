// The browser tests' own SMTP server (Playwright globalSetup): Umbrella sends real mail to it over SMTP, and each
// message arrives as a JSON file in the run's folder, where e2e/mail.ts reads the link a person would click.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The folder, inside the run's own folder (removed with it), where each message received is written. */
export function mailDir(): string {
  const runDir = process.env.UMBRELLA_E2E_DIR;
  if (!runDir) throw new Error('Run the browser tests with their config: npx playwright test -c e2e/playwright.config.ts');
  return path.join(runDir, 'mail');
}

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; receivedAt: number };

export default async function startMailServer(): Promise<() => Promise<void>> {
  const dir = mailDir();
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    // A test server on the loopback only: no login, no TLS (nodemailer then sends in the clear, as it should here).
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            // The envelope says whom it was really sent to, whatever the headers say.
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: Date.now(),
          };
          count++;
          const name = `${String(Date.now()).padStart(15, '0')}-${String(count).padStart(4, '0')}.json`;
          // Written whole, then renamed, so a reader never sees half a message.
          fs.writeFileSync(path.join(dir, `${name}.part`), JSON.stringify(mail));
          fs.renameSync(path.join(dir, `${name}.part`), path.join(dir, name));
          callback();
        })
        .catch(callback);
    },
  });
  const port = Number(process.env.UMBRELLA_E2E_SMTP_PORT);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
