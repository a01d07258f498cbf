-- A fingerprint of the request that made an entry under an idempotency key: SHA-256 of the route and the
-- parsed body as canonical JSON (records/request-fingerprint.ts). A later request with the same key and a
-- different fingerprint is refused with 422 and changes nothing, instead of being answered with the first
-- entry as if its own changes had been saved (IETF Idempotency-Key draft).
-- Entries made before this migration have no fingerprint: what request made them cannot be known, so a
-- retry with one of their keys is answered with the entry, as before (refusing it could make a genuine
-- retry across the upgrade save a second entry).
ALTER TABLE record_entries ADD COLUMN idempotency_fingerprint text;
