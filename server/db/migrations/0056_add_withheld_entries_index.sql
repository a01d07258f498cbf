-- Issue 18 (insights): the parts of the record withheld from the family, found by family without reading every entry.
-- The managers' insight "parts of the record withheld" counts, per family on the caseload, the entries withheld and not
-- entered in error, by the day the decision was made, and whether their review date has passed. By the family's entries
-- index it read all of a family's entries (about 100) to find the two or so withheld: 545,000 buffers and 575 ms for a
-- team of 5,689 families at the 25% council dataset. This partial index holds only the withheld entries, with the review
-- date, so the count is an index-only scan: 55 ms (BENCHMARKS.md "Issue 18").
CREATE INDEX record_entries_withheld_idx ON record_entries (family_id, withholding_decided_at) INCLUDE (withholding_review_on)
  WHERE withholding_scope IS NOT NULL AND entered_in_error_at IS NULL;
