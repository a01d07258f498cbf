// How an audited request ended (audit_events.outcome): the source for the database type and the migration's CHECK
// (vocabularies.test.ts).
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
