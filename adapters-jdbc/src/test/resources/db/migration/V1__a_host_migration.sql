-- A host's own Flyway migration in the default location: Lianxi's migrate() must never run it.
CREATE TABLE host_migration_ran (id INTEGER);
