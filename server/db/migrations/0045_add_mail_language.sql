-- Issue 16 §3: each mail is worded in the language of the person it goes to, chosen when it is queued: a family
-- account's person's preferred language (people.preferred_language), else English (professionals, unknown addresses).
-- Kept on the row so a mail queued before a change of language goes out as it was decided, and retries word it the same.
ALTER TABLE mail_outbox ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy', 'pl', 'ur'));
