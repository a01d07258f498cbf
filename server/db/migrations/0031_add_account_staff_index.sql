-- Finding a worker's account by staff (is this worker still able to sign in?) read every one of 53,000 accounts: the
-- help module asks it for each member of a care team, once per request for help (BENCHMARKS.md, "Issue 14").
CREATE INDEX accounts_staff_idx ON accounts (staff_id) WHERE staff_id IS NOT NULL;
