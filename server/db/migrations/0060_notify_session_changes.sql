-- Issue 22: every change that could alter what a session lets its holder do is announced on the channel
-- umbrella_session_changes, so an app instance may keep the sessions it has read (modules/auth/session-cache.ts) and drop
-- them the moment one changes. A trigger, not the code that writes: no path that writes these tables can forget it.
-- The payload is the session's id for a change to one session, and '*' for anything else (drop every session kept).

CREATE FUNCTION announce_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' AND TG_LEVEL = 'ROW' THEN
    PERFORM pg_notify('umbrella_session_changes', OLD.id);
  ELSE
    PERFORM pg_notify('umbrella_session_changes', '*');
  END IF;
  RETURN NULL;
END
$$;

-- A session's own row: ended, its stage, its CSRF token, its expiry or its last use moved. Each row names itself.
CREATE TRIGGER sessions_announce_change AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION announce_session_change();
CREATE TRIGGER sessions_announce_truncate AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();

-- What the session row is read with (auth.repo.ts liveSession): the account (its kind, whether it is disabled, whose it
-- is), the staff member and organisation (role, name, kind), the person (names, language) and, for a parent who is not
-- the one the record is about, his 'parent_of' relationships. A new row of these changes no session except a
-- relationship, so inserts are announced only there.
CREATE TRIGGER accounts_announce_session_change
  AFTER UPDATE OF kind, staff_id, family_id, person_id, disabled_at OR DELETE OR TRUNCATE ON accounts
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();
CREATE TRIGGER staff_announce_session_change
  AFTER UPDATE OF organisation_id, full_name, role, job_title OR DELETE OR TRUNCATE ON staff
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();
CREATE TRIGGER organisations_announce_session_change
  AFTER UPDATE OF name, kind OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();
CREATE TRIGGER people_announce_session_change
  AFTER UPDATE OF family_id, id, full_name, preferred_name, preferred_language OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();
CREATE TRIGGER relationships_announce_session_change
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON relationships
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_change();
