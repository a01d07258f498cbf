-- The accounts of one family (who in the family has a login): read whenever a plan is opened. Without it, a
-- sequential scan of every account in the council (7 ms at 50,000 families; see BENCHMARKS.md).
CREATE INDEX accounts_family_idx ON accounts (family_id) WHERE family_id IS NOT NULL;
