// Sends the outbox: over SMTP when SMTP_HOST is set, otherwise holds each message and prints its link to the log
// (so a newcomer can invite someone on a laptop). Runs on the scheduler's tick and soon after a message is queued.
import nodemailer from 'nodemailer';
import type { Db } from '../db/database.ts';
import { linkFor, renderMail } from './mail-messages.ts';
import { type ClaimedMail, claimDueMail, markFailedAttempt, markHeld, markSent } from './outbox.repo.ts';
import { onMailQueued } from './queue-mail.ts';

export type SmtpSettings = { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined };
export type MailSettings = {
  /** Null: no SMTP configured; messages are held in the outbox and their links printed to the log. */
  smtp: SmtpSettings | null;
  from: string;
  /** Where links point: the address people open Umbrella at (PUBLIC_URL). */
  publicUrl: string;
};

export type MailDispatcher = {
  /** Sends (or holds) every message now due; returns how many were handled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
};

const BATCH = 20;
/** A claimed message is not due again for this long: the time one send may take before another instance retries it. */
const LEASE_MS = 2 * 60_000;
/** Attempts before a message is given up as failed; the waits between them double from one minute (about 4 hours in all). */
export const MAX_ATTEMPTS = 8;
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 6 * 3_600_000);
/** After a message is queued the dispatcher looks twice: most transactions have committed by the first look. */
const KICK_DELAYS_MS = [150, 1_500];

export function createMailDispatcher(deps: { db: Db; settings: MailSettings; log: (message: string) => void }): MailDispatcher {
  const { db, settings, log } = deps;
  const transport = settings.smtp
    ? nodemailer.createTransport({
        host: settings.smtp.host,
        port: settings.smtp.port,
        secure: settings.smtp.secure,
        ...(settings.smtp.user ? { auth: { user: settings.smtp.user, pass: settings.smtp.password ?? '' } } : {}),
      })
    : null;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();

  async function handle(mail: ClaimedMail) {
    // Worded in the language decided when it was queued (the person's own, for a family account).
    const message = renderMail(mail.kind, linkFor(settings.publicUrl, mail.path), mail.language);
    if (!transport) {
      // The only place a link is written to the log: with no SMTP, this is how the message reaches anyone.
      const url = linkFor(settings.publicUrl, mail.path);
      log(`Mail not sent (no SMTP configured), kept in the outbox: to ${mail.to_address}, "${message.subject}"${url ? `: ${url}` : ''}`);
      await markHeld(db, mail.id);
      return;
    }
    try {
      await transport.sendMail({ from: settings.from, to: mail.to_address, subject: message.subject, text: message.text });
      await markSent(db, mail.id);
    } catch (error) {
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await markFailedAttempt(db, mail.id, (error as Error).message, giveUp ? null : retryDelayMs(mail.attempts));
      log(`Mail ${mail.id} could not be sent (attempt ${mail.attempts}${giveUp ? ', given up' : ''}): ${(error as Error).message}`);
    }
  }

  async function drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await claimDueMail(db, BATCH, LEASE_MS);
      for (const mail of batch) await handle(mail);
      handled += batch.length;
      if (batch.length < BATCH || stopped) return handled;
    }
  }

  function runOnce(): Promise<number> {
    if (running) {
      // A run is under way: run once more after it, for messages queued while it ran.
      again = true;
      return running;
    }
    running = drain().finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void runOnce().catch((e) => log(`Mail dispatch failed: ${(e as Error).message}`));
      }
    });
    return running;
  }

  const unsubscribe = onMailQueued(() => {
    if (stopped) return;
    for (const delay of KICK_DELAYS_MS) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) runOnce().catch((e) => log(`Mail dispatch failed: ${(e as Error).message}`));
      }, delay);
      timer.unref();
      timers.add(timer);
    }
  });

  return {
    runOnce,
    async stop() {
      stopped = true;
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await running?.catch(() => 0);
      transport?.close();
    },
  };
}
