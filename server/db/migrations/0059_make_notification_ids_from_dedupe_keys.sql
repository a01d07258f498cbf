-- Issue 20 §4 (ready to shard by family): a deduplicated notification's id is made from its dedupe key, so the primary
-- key deduplicates and the second unique key (dedupe_key) goes. Notifications are distributed by id on Citus, which
-- enforces a unique key only when it includes the distribution column. The key stays unique overall, as before:
-- equal keys make equal ids, whatever a key names (most name their recipient, some only an event).
-- The id is a name-based UUID (version 8): the first 16 bytes of the SHA-256 of 'notification:' and the key, as
-- server/db/ids.ts#notificationIdFor makes it. convert_to is only stable (it reads the encoding names), but with the
-- encoding named the result is fixed, so the function is declared immutable for the CHECK below.
CREATE FUNCTION notification_id_for(dedupe_key text) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT encode(set_byte(set_byte(h, 6, (get_byte(h, 6) & 15) | 128), 8, (get_byte(h, 8) & 63) | 128), 'hex')::uuid
  FROM (SELECT substr(sha256(convert_to('notification:' || dedupe_key, 'UTF8')), 1, 16) AS h) AS d
$$;

-- Existing reminders take their new ids, so that a job run after this sees them as already made. No foreign key
-- points at notifications(id), and ids made from keys (version 8) never equal the others (version 7).
UPDATE notifications SET id = notification_id_for(dedupe_key) WHERE dedupe_key IS NOT NULL;

ALTER TABLE notifications DROP CONSTRAINT notifications_dedupe_key_key,
  -- A writer that forgets to make the id from the key is refused, not silently allowed a second reminder.
  ADD CONSTRAINT notifications_id_from_dedupe_key CHECK (dedupe_key IS NULL OR id = notification_id_for(dedupe_key));

-- The reminder jobs still ask "already told?" by dedupe key (NOT EXISTS), which the unique index used to serve.
CREATE INDEX notifications_dedupe_key_idx ON notifications (dedupe_key) WHERE dedupe_key IS NOT NULL;
