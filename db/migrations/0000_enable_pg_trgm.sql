-- pg_trgm powers the typo-tolerant title search (gin_trgm_ops index on role_aliases).
-- drizzle-kit does not emit CREATE EXTENSION, so it lives in this custom migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
