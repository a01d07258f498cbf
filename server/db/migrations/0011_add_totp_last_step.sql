-- The time step of the last sign-in code accepted for each account, so a code is accepted once (RFC 6238 §5.2):
-- checked and recorded by one conditional UPDATE, so two requests with the same code cannot both pass.
ALTER TABLE accounts ADD COLUMN totp_last_step bigint;
