-- Issue 11: the last vocabulary columns with no CHECK get one, so the database refuses what the types refuse.
-- Each list is the tuple in shared/domain (vocabularies.test.ts holds them equal); the demo seed and the bench
-- generator write only these values, so the constraints are checked against existing rows, not added NOT VALID.

-- A version keeps the category its entry had then: the same list as record_entries.category.
ALTER TABLE record_entry_versions ADD CONSTRAINT record_entry_versions_category_check
  CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party'));

-- A safeguarding override may share third-party information (it is not the family's to give, but the law may
-- require it), and a disclosure records what was shared: both hold any information category.
ALTER TABLE safeguarding_overrides ADD CONSTRAINT safeguarding_overrides_categories_check
  CHECK (categories <@ ARRAY['general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party']::text[]);
ALTER TABLE disclosures ADD CONSTRAINT disclosures_categories_check
  CHECK (categories <@ ARRAY['general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party']::text[]);

-- A care-team member's role, whose plain words the family reads (shared/domain/care-team-roles.ts).
ALTER TABLE care_team_members ADD CONSTRAINT care_team_members_team_role_check
  CHECK (team_role IN ('community_psychiatric_nurse', 'mental_health_social_worker', 'childrens_social_worker',
    'family_support_worker', 'school_pastoral_lead', 'health_visitor', 'psychiatrist', 'peer_support_worker',
    'team_manager', 'other'));
