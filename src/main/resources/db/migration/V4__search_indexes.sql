-- CounselDesk schema, version 4: what the directory (find anyone, Ctrl+F) needs to answer in a
-- few milliseconds on 200,000 households.
--
-- Name search walks the matching terms best weight first, then in term order, and stops after a
-- page: this index hands them over in that order with the household id. (The primary key orders
-- by term alone, so every match had to be read, grouped and sorted: on the 200,000 households of
-- the sample office 30 ms for a given name, 70 ms for a surname; through this index 1–2 ms.)
CREATE INDEX search_term_rank ON search_term (weight, term, household_id);

-- Four or more digits from the middle of a number ("the number has 1234 in it"): a trigram index
-- over the stored numbers, so that the match is an index look-up rather than a scan of every phone.
-- The table holds no copy of the numbers (external content) and no positions (detail=none); the
-- triggers keep it in step with phone. SQLite-specific: a PostgreSQL store would use pg_trgm.
CREATE VIRTUAL TABLE phone_digits USING fts5(number, content='phone', content_rowid='id',
    tokenize='trigram', detail='none', columnsize=0);
INSERT INTO phone_digits (phone_digits) VALUES ('rebuild');

CREATE TRIGGER phone_digits_insert AFTER INSERT ON phone BEGIN
    INSERT INTO phone_digits (rowid, number) VALUES (new.id, new.number);
END;

CREATE TRIGGER phone_digits_delete AFTER DELETE ON phone BEGIN
    INSERT INTO phone_digits (phone_digits, rowid, number) VALUES ('delete', old.id, old.number);
END;

CREATE TRIGGER phone_digits_update AFTER UPDATE OF number ON phone BEGIN
    INSERT INTO phone_digits (phone_digits, rowid, number) VALUES ('delete', old.id, old.number);
    INSERT INTO phone_digits (rowid, number) VALUES (new.id, new.number);
END;
