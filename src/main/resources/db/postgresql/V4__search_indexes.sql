-- Search indexes on PostgreSQL, as db/migration/V4__search_indexes.sql: terms by weight then term,
-- and digits anywhere in a number. SQLite's FTS5 trigram table becomes pg_trgm's GIN index on the
-- number itself (pg_trgm is a trusted extension: the database's owner may create it).

CREATE INDEX search_term_rank ON search_term (weight, term, household_id);

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX phone_number_trigram ON phone USING gin (number gin_trgm_ops);
