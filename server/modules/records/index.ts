// Public face of the records module.
export { toEntry, toPortalEntry } from './entry-views.ts';
export { CONTACT_KINDS, recentContacts } from './recent-contacts.ts';
export * as recordsRepo from './records.repo.ts';
export { registerRecordRoutes } from './records.routes.ts';
export { addReplyAndNotify, createEntry, decodeCursor, encodeCursor, extrasFor } from './records.service.ts';
export { requestFingerprint } from './request-fingerprint.ts';
