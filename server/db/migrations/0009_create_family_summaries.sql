-- What a professional's list shows of each family (children, people, "children not yet asked about"), kept up
-- to date by triggers on people and relationships, whatever code path changes them. Counting them on every
-- list read touched 18 pages a family at 50,000 families (5 at 500); a summary row is one probe (BENCHMARKS.md).
CREATE TABLE family_summaries (
  family_id uuid PRIMARY KEY REFERENCES families (id),
  children_count integer NOT NULL,
  people_count integer NOT NULL,
  -- P6: an adult known to adult mental health with no children or dependants recorded and no "asked, none".
  children_not_asked boolean NOT NULL
);

-- Recounts one family. The summary row is locked first and the counts are read by a later statement, which in
-- READ COMMITTED sees every transaction that held the lock before: two edits of one family at once cannot
-- leave a count (or the flag) that misses one of them.
CREATE FUNCTION refresh_family_summary(fid uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO family_summaries (family_id, children_count, people_count, children_not_asked)
    VALUES (fid, 0, 0, false) ON CONFLICT (family_id) DO NOTHING;
  PERFORM 1 FROM family_summaries WHERE family_id = fid FOR UPDATE;
  UPDATE family_summaries SET
    children_count = (SELECT count(*) FROM people p WHERE p.family_id = fid AND p.kind = 'child'),
    people_count = (SELECT count(*) FROM people p WHERE p.family_id = fid),
    children_not_asked = EXISTS (
      SELECT 1 FROM people a WHERE a.family_id = fid AND a.known_to_adult_mental_health
        AND a.kind IN ('parent', 'other_adult') AND a.dependants_asked_none_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.family_id = a.family_id AND r.from_person_id = a.id
          AND r.kind IN ('parent_of', 'carer_of', 'grandparent_of')))
  WHERE family_id = fid;
END $$;

CREATE FUNCTION family_summary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_family_summary(NEW.family_id);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_family_summary(OLD.family_id);
  ELSE
    PERFORM refresh_family_summary(OLD.family_id);
    IF NEW.family_id IS DISTINCT FROM OLD.family_id THEN PERFORM refresh_family_summary(NEW.family_id); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER people_family_summary AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION family_summary_changed();
CREATE TRIGGER relationships_family_summary AFTER INSERT OR UPDATE OR DELETE ON relationships
  FOR EACH ROW EXECUTE FUNCTION family_summary_changed();

GRANT SELECT, INSERT, UPDATE ON family_summaries TO umbrella_app;

SELECT refresh_family_summary(id) FROM families;
