-- Issue 13 §6: a parent with parental responsibility who is not the parent the record is about (a father who lives
-- elsewhere, like Clive) signs in as 'other_parent', not as someone the parent trusts. Existing accounts are not
-- changed: turning a trusted person's account into a parent's widens what it reads, which is a worker's decision.
ALTER TABLE accounts DROP CONSTRAINT accounts_kind_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_kind_check
  CHECK (kind IN ('professional', 'parent', 'young_person', 'network_member', 'other_parent'));
