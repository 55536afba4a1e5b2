-- CounselDesk schema, version 11: what an import changed on households stored before it.
--
-- A row whose number is a household's already on record is merged into that household: the batch
-- adds the students, contacts and numbers its rows name that the household lacked, and moves the
-- household's first contact back to the earliest row's date. Each such change is listed here under
-- its batch, so that undoing the batch removes exactly what it added and puts the first contact back
-- (before_value and after_value: the first contact before and after the batch, for 'first_contact').
CREATE TABLE import_change (
    id           INTEGER      NOT NULL PRIMARY KEY,
    batch_id     INTEGER      NOT NULL REFERENCES import_batch (id),
    household_id INTEGER      NOT NULL REFERENCES household (id),
    entity       VARCHAR(20)  NOT NULL CHECK (entity IN ('student', 'contact', 'phone', 'first_contact')),
    entity_id    INTEGER      NOT NULL,
    before_value VARCHAR(19),
    after_value  VARCHAR(19)
);
CREATE INDEX import_change_batch ON import_change (batch_id, entity);
