-- CounselDesk schema, version 10: imports of old spreadsheets (热线登记表, visitor registers).
--
-- One import of one sheet is a batch: who ran it, from which file, what happened to its rows. The
-- households, calls and visits it added name it, so that the whole batch can be undone together
-- (undone_at set, its rows removed) while nothing has been done to them since.
CREATE TABLE import_batch (
    id           INTEGER      NOT NULL PRIMARY KEY,
    at           VARCHAR(19)  NOT NULL,
    staff_id     INTEGER      REFERENCES staff (id),
    file_name    VARCHAR(260) NOT NULL,
    sheet        VARCHAR(100) NOT NULL DEFAULT '',
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('CALLS', 'VISITS')),
    rows_read    INTEGER      NOT NULL DEFAULT 0,
    rows_stored  INTEGER      NOT NULL DEFAULT 0,
    rows_merged  INTEGER      NOT NULL DEFAULT 0,
    rows_rejected INTEGER     NOT NULL DEFAULT 0,
    undone_at    VARCHAR(19),
    undone_by    INTEGER      REFERENCES staff (id)
);

ALTER TABLE household ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id);
ALTER TABLE call ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id);
ALTER TABLE visit ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id);
CREATE INDEX household_import_batch ON household (import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX call_import_batch ON call (import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX visit_import_batch ON visit (import_batch_id) WHERE import_batch_id IS NOT NULL;
