-- Version 3 derives the search keys of rows that version 2 copied from version 1 (db.migration.
-- V3__DeriveSearchKeys, on SQLite). A server database never held such rows: every row comes in
-- through the app or migrate-to with its keys. Nothing to do here but keep the versions in step.
SELECT 1;
