// Public face of mail: queue a message in a transaction; the dispatcher sends the outbox over SMTP (or holds it).
export { createMailDispatcher, type MailDispatcher, type MailSettings, type SmtpSettings } from './dispatcher.ts';
export { linkFor, renderMail } from './mail-messages.ts';
export { listOutbox, type OutboxRow } from './outbox.repo.ts';
export { type MailKind, onMailQueued, queueMail } from './queue-mail.ts';
