-- Third-party information is withheld from the family by default until its author releases it (issue 11,
-- finding 14): every third-party entry that nobody withheld is now kept wholly from the family, for the reason
-- "third party", decided by its author, to be reviewed in three months (the review reminder goes to the author).
-- The version steps on, as for any change of withholding, so an edit prepared before this gets 409, not a
-- silent overwrite. New entries get the same from the service (access/entry-policy.ts#defaultWithholding).
UPDATE record_entries
SET withholding_scope = 'whole',
    withholding_reason = 'third_party',
    withholding_review_on = (current_date + interval '3 months')::date,
    withholding_decided_by_staff_id = author_staff_id,
    withholding_decided_at = now(),
    version = version + 1,
    updated_at = now()
WHERE category = 'third_party'
  AND withholding_scope IS NULL;
