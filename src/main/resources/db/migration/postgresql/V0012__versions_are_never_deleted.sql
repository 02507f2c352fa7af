-- Versions are the original data: the application's role (when Flyway migrates as a separate
-- owner) may append them and, for erasure alone, rewrite them without personal values, but never
-- delete or truncate one.
DO $$
DECLARE
    app text := '${appUser}';
BEGIN
    IF app <> '' AND app <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('REVOKE DELETE, TRUNCATE ON customer_version, contact_version FROM %I', app);
    END IF;
END $$;
