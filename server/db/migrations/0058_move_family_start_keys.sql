-- Issue 20 §4 (ready to shard by family): the "Start a family" idempotency key leaves families for its own table.
-- On families it was a unique key without the family's id, which Citus cannot enforce (each shard checks its own
-- rows). A key belongs to the staff member who sent the form, so family_start_keys is keyed and distributed by staff
-- (server/db/distribution.ts) and is written in the same transaction as the family: its primary key is the one place
-- two retries sent at once are decided. family_id has no foreign key: on Citus the key lives on the staff member's
-- shard, not the family's, and families are never deleted.
CREATE TABLE family_start_keys (
  started_by_staff_id uuid NOT NULL REFERENCES staff (id),
  idempotency_key text NOT NULL,
  -- SHA-256 of the request that started the family; a retry with another body is refused.
  fingerprint text,
  family_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (started_by_staff_id, idempotency_key)
);

INSERT INTO family_start_keys (started_by_staff_id, idempotency_key, fingerprint, family_id, created_at)
SELECT started_by_staff_id, idempotency_key, idempotency_fingerprint, id, created_at
FROM families
WHERE idempotency_key IS NOT NULL AND started_by_staff_id IS NOT NULL;

DROP INDEX families_idempotency_idx;
ALTER TABLE families DROP COLUMN idempotency_key, DROP COLUMN idempotency_fingerprint;

GRANT SELECT, INSERT ON family_start_keys TO umbrella_app;
