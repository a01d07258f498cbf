-- Least privilege: only the owner creates objects in the schema, so the app's role cannot add a table, a view
-- or a function (one that shadows a built-in, say). PostgreSQL 15 made this the default for new databases, but
-- a database upgraded from an earlier version keeps the old grant to everyone. Changes nothing where it is not there.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
