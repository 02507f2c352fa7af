-- When Flyway migrates as a separate owner (CLIENTELE_DB_MIGRATION_USER), the application's role
-- (CLIENTELE_DB_USER) gets what it needs on this schema's tables, now and later, and on the audit
-- trail no more than reading and appending: it can never rewrite or delete an audit entry.
DO $$
DECLARE
    app text := '${appUser}';
BEGIN
    IF app <> '' AND app <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                       current_schema(), app);
    END IF;
END $$;
