-- CounselDesk schema, version 5: the history of the staff list (who changed whom, what, when).
--
-- One row per change of one staff member: 'created' (after_value: the name), 'name', 'role' or
-- 'active' (values as stored: role names, 0/1). changed_by is the staff member who made the change,
-- NULL for the office's first staff (entered at first run, before anyone signed in).
CREATE TABLE staff_change (
    id           INTEGER      NOT NULL PRIMARY KEY,
    staff_id     INTEGER      NOT NULL REFERENCES staff (id),
    field        VARCHAR(20)  NOT NULL CHECK (field IN ('created', 'name', 'role', 'active')),
    before_value VARCHAR(40),
    after_value  VARCHAR(40),
    changed_by   INTEGER      REFERENCES staff (id),
    changed_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX staff_change_staff ON staff_change (staff_id, changed_at);
