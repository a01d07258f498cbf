-- Issue 16 §3: each person's preferred language for the family's pages, printed plans and sign-in letters
-- (shared/i18n/locales.ts). Null: not chosen yet (the device's or browser's language is used, else English).
ALTER TABLE people ADD COLUMN preferred_language text CHECK (preferred_language IN ('en', 'cy', 'pl', 'ur'));
