-- CounselDesk schema, version 1: the office, its staff, families and their visits.
--
-- Conventions for the whole schema:
--   * Times are the office's local wall-clock time as ISO-8601 text, second precision,
--     'YYYY-MM-DDTHH:MM:SS' (days as 'YYYY-MM-DD'); text order is time order.
--   * Money is INTEGER fen, never REAL.
--   * Enumerations are stored as the Java enum constant names (e.g. 'INVITED').
--   * Phone numbers are stored in one normal form (see domain.Phone).
--   * Nothing a person entered is deleted: states (active, status) record what changed.
-- Keep the SQL standard where it costs nothing: a later store runs it on PostgreSQL.

CREATE TABLE settings (
    setting_key   VARCHAR(80)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(400) NOT NULL
);

CREATE TABLE staff (
    id         INTEGER      NOT NULL PRIMARY KEY,
    name       VARCHAR(40)  NOT NULL,
    role       VARCHAR(20)  NOT NULL CHECK (role IN ('FRONT_DESK', 'COUNSELOR', 'MANAGER')),
    active     INTEGER      NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at VARCHAR(19)  NOT NULL
);

CREATE TABLE family (
    id              INTEGER      NOT NULL PRIMARY KEY,
    student_name    VARCHAR(40)  NOT NULL,
    gender          VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    grade           VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    school          VARCHAR(60)  NOT NULL DEFAULT '',
    parent_name     VARCHAR(40)  NOT NULL DEFAULT '',
    parent_relation VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    phone           VARCHAR(24)  NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    referred_by     INTEGER      REFERENCES family (id),
    owner_id        INTEGER      REFERENCES staff (id),
    stage           VARCHAR(10)  NOT NULL DEFAULT 'NEW'
                    CHECK (stage IN ('NEW', 'INVITED', 'VISITED', 'SIGNED', 'LOST')),
    created_at      VARCHAR(19)  NOT NULL,
    created_by      INTEGER      REFERENCES staff (id)
);
-- The phone is how the office recognises a family: one family per number.
CREATE UNIQUE INDEX family_phone ON family (phone);
CREATE INDEX family_owner ON family (owner_id);
CREATE INDEX family_student_name ON family (student_name);

CREATE TABLE visit (
    id           INTEGER      NOT NULL PRIMARY KEY,
    family_id    INTEGER      NOT NULL REFERENCES family (id),
    channel      VARCHAR(20)  NOT NULL,
    arrived_at   VARCHAR(19)  NOT NULL,
    left_at      VARCHAR(19),
    status       VARCHAR(12)  NOT NULL DEFAULT 'WAITING'
                 CHECK (status IN ('WAITING', 'CONSULTING', 'LEFT')),
    received_by  INTEGER      REFERENCES staff (id),
    counselor_id INTEGER      NOT NULL REFERENCES staff (id),
    who_came     VARCHAR(60)  NOT NULL DEFAULT '',
    purpose      VARCHAR(500) NOT NULL DEFAULT ''
);
CREATE INDEX visit_arrived ON visit (arrived_at);
CREATE INDEX visit_family ON visit (family_id, arrived_at);
