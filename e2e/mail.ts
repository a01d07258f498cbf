// Reading the mail Umbrella sent during a browser test (received by e2e/mail-server.ts): wait for the message to an
// address and return the link in it, as the person would open it from their inbox.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mailDir, type ReceivedMail } from './mail-server.ts';

/** Messages already returned to this worker, so a second wait for the same address finds the next message. */
const taken = new Set<string>();

function unreadMailTo(address: string, subject: RegExp | undefined): { file: string; mail: ReceivedMail }[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !taken.has(file))
    .sort()
    .map((file) => ({ file, mail: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReceivedMail }))
    .filter(({ mail }) => mail.to.includes(address.toLowerCase()) && (!subject || subject.test(mail.subject)));
}

/**
 * Waits for the next message to `address` (whose subject matches, if given) and returns it with the one link in it,
 * made relative to the site so the page opens it on the test server whatever PUBLIC_URL says.
 */
export async function waitForMail(
  address: string,
  options: { subject?: RegExp; timeout?: number } = {},
): Promise<ReceivedMail & { link: string; path: string }> {
  return test.step(
    `mail to ${address}`,
    async () => {
      let found: { file: string; mail: ReceivedMail } | undefined;
      await expect
        .poll(
          () => {
            found = unreadMailTo(address, options.subject)[0];
            return found !== undefined;
          },
          {
            message: `a message to ${address}${options.subject ? ` with a subject like ${options.subject}` : ''}`,
            timeout: options.timeout ?? 20_000,
          },
        )
        .toBe(true);
      if (!found) throw new Error('unreachable');
      taken.add(found.file);
      const links = found.mail.text.match(/https?:\/\/\S+/g) ?? [];
      expect(links, `one link in "${found.mail.subject}"`).toHaveLength(1);
      const link = links[0] ?? '';
      const url = new URL(link);
      return { ...found.mail, link, path: `${url.pathname}${url.search}` };
    },
    { box: true },
  );
}
