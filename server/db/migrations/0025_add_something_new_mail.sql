-- Issue 13 §3: notifications reach people outside the app as one "something new" mail at most every 24 hours, sent by
-- a scheduled job; each person may say no on "Your account".
-- Whether the person wants that mail (yes unless they say no; it only goes to an account with an email address).
ALTER TABLE accounts ADD COLUMN mail_something_new boolean NOT NULL DEFAULT true;
-- When the last "something new" mail to this account was queued: the 24-hour rule reads it, and the job takes it with
-- one conditional UPDATE of the row, so instances running the job at once queue one mail, not one each.
ALTER TABLE accounts ADD COLUMN something_new_mailed_at timestamptz;
-- The version of the choices on "Your account": a save states the version it read (409 when stale).
ALTER TABLE accounts ADD COLUMN settings_version integer NOT NULL DEFAULT 1;

-- The job asks, for each account with an email address, whether it has an unread notification newer than its last
-- mail: these partial indexes answer that with one short range each (a family member's by account, a worker's by staff).
CREATE INDEX notifications_unread_account_idx ON notifications (recipient_account_id, created_at)
  WHERE read_at IS NULL AND recipient_account_id IS NOT NULL;
CREATE INDEX notifications_unread_staff_idx ON notifications (recipient_staff_id, created_at)
  WHERE read_at IS NULL AND recipient_staff_id IS NOT NULL;
