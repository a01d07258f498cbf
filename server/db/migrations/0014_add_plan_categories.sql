-- Plan items and the sections of children's explanations carry an information category, as record entries
-- do, and the agency that wrote them (fixed at writing), so the same category rules decide which
-- professionals read them (PRODUCT.md §7; access/plan-access.ts). Existing items and sections become
-- 'general', which is what every member of the care team could read before; writers narrow them from now on.

ALTER TABLE recovery_plan_items
  ADD COLUMN category text NOT NULL DEFAULT 'general'
    CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party')),
  ADD COLUMN author_organisation_id uuid REFERENCES organisations (id);

-- The agency of whoever wrote each existing item (null for the family's own words).
UPDATE recovery_plan_items i SET author_organisation_id = s.organisation_id
  FROM accounts a JOIN staff s ON s.id = a.staff_id
  WHERE a.id = i.created_by_account_id;

ALTER TABLE plan_document_sections
  ADD COLUMN category text NOT NULL DEFAULT 'general'
    CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party')),
  ADD COLUMN author_organisation_id uuid REFERENCES organisations (id);

UPDATE plan_document_sections d SET author_organisation_id = s.organisation_id
  FROM accounts a JOIN staff s ON s.id = a.staff_id
  WHERE a.id = d.updated_by_account_id;
