-- Issue 13 (accounts for real people): an invited account has no password yet; one-time account tokens
-- (invitations, password resets, sign-in letters) stored by their hash only; single-use recovery codes, hashed;
-- and the mail outbox every message leaves from (sent over SMTP, or kept here when no SMTP is configured).
ALTER TABLE accounts ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE accounts ADD COLUMN email text;
-- A secret shown during enrolment but not yet confirmed by a first code; it becomes totp_secret when confirmed.
ALTER TABLE accounts ADD COLUMN totp_pending_secret text;
CREATE INDEX accounts_email_idx ON accounts (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE account_tokens (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'sign_in_letter')),
  -- SHA-256 of the token (130 random bits): a copy of this table cannot be used to take over an account.
  token_hash text NOT NULL UNIQUE,
  created_by_staff_id uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  -- An acceptance is done in steps; the password step is remembered so the rest can be resumed with the same token.
  password_set_at timestamptz,
  used_at timestamptz,
  cancelled_at timestamptz,
  cancelled_reason text,
  CHECK (used_at IS NULL OR cancelled_at IS NULL)
);
CREATE INDEX account_tokens_open_idx ON account_tokens (account_id, purpose) WHERE used_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE recovery_codes (
  account_id uuid NOT NULL REFERENCES accounts (id),
  id uuid NOT NULL,
  -- SHA-256 of the code (80 random bits), so the stored value cannot be used to sign in.
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  cancelled_at timestamptz,
  PRIMARY KEY (account_id, id)
);
CREATE INDEX recovery_codes_open_idx ON recovery_codes (account_id, code_hash) WHERE used_at IS NULL AND cancelled_at IS NULL;

-- Mail waiting to go, and what became of it. The words are made from `kind` when sent and never hold anything
-- about a family; `path` (the link, which may carry a token) is cleared once the message has been sent.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  to_address text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('invitation', 'password_reset', 'something_new', 'second_factor_reset')),
  path text,
  account_id uuid REFERENCES accounts (id),
  -- queued: waiting to be sent; sent; held: no SMTP is configured, the link was printed to the server's log;
  -- failed: given up after the last retry.
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'held', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC);

GRANT SELECT, INSERT, UPDATE ON account_tokens, recovery_codes, mail_outbox TO umbrella_app;
