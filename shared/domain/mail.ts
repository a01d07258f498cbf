// The kinds of email Umbrella sends and where each stands in the outbox (mail_outbox, migration 0020): the source
// for contracts, database types and the migration's CHECKs (vocabularies.test.ts).

export const MAIL_KINDS = ['invitation', 'password_reset', 'something_new', 'second_factor_reset'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** held: no mail server is set up, so the link waits in the log for an administrator to pass on. */
export const MAIL_STATUSES = ['queued', 'sent', 'held', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
