-- Indexes the professional's family list needs at council scale (see BENCHMARKS.md): children counted
-- by kind, and "children not yet asked about" looking up each adult's dependants.
CREATE INDEX people_family_kind_idx ON people (family_id, kind);
CREATE INDEX relationships_from_kind_idx ON relationships (family_id, from_person_id, kind);
