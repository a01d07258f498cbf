-- Issue 20 §4 (ready to shard by family): the four unique keys of family tables that did not include family_id now do.
-- Citus (distributed PostgreSQL) enforces a unique key only when it includes the distribution column, because each
-- shard checks its own rows; server/db/distribution.ts is the plan and distribution.test.ts fails when a key breaks it.
-- Nothing is lost on one server: ids are UUIDv7, a feedback account belongs to one family, and a kept-as-written
-- subject is a row of that family. No foreign key points at emergency_accesses(id) or subject_access_exports(id).
-- Emergency accesses and subject access exports are still looked up by id alone (ending and reviewing one, an export's
-- link), which a primary key led by family_id cannot serve, so each keeps a plain index on id: rare, small lookups.
ALTER TABLE emergency_accesses DROP CONSTRAINT emergency_accesses_pkey, ADD PRIMARY KEY (family_id, id);
CREATE INDEX emergency_accesses_id_idx ON emergency_accesses (id);

ALTER TABLE subject_access_exports DROP CONSTRAINT subject_access_exports_pkey, ADD PRIMARY KEY (family_id, id);
CREATE INDEX subject_access_exports_id_idx ON subject_access_exports (id);

DROP INDEX feedback_idempotency_idx;
CREATE UNIQUE INDEX feedback_idempotency_idx ON feedback (family_id, account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_subject_id_version_key,
  ADD CONSTRAINT kept_as_written_subject_version_key UNIQUE (family_id, subject_kind, subject_id, version);
