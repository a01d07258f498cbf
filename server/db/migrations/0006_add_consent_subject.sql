-- A young person's consent for their own information: a consent may name the person it is about, and then
-- covers only entries about that person. A parent's consent (no subject) covers the family's information.
ALTER TABLE consents ADD COLUMN subject_person_id uuid;
ALTER TABLE consents ADD CONSTRAINT consents_subject_fk FOREIGN KEY (family_id, subject_person_id) REFERENCES people (family_id, id);
