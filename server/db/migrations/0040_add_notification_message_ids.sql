-- Issue 16 §3: a notification keeps the message it was made from (its id in shared/i18n's catalogues) and the values
-- that fill it, so a family member reads it in their own language. `message` stays: the English wording, for the
-- professionals' screens (English for now) and for a message with no id (older rows).
ALTER TABLE notifications ADD COLUMN message_id text, ADD COLUMN message_values jsonb;
