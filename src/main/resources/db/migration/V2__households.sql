-- CounselDesk schema, version 2: households (家庭) with several students, contacts and phones.
--
-- V1 kept one student, one parent and one phone per `family` row, so a second child overwrote
-- the first and a father's number could not join the mother's. Every V1 family becomes a
-- household with one student and one contact who has the family's phone; ids are kept
-- (household, student and contact ids equal the V1 family id), so visits and referrals keep
-- pointing at the same people. The search terms and phone suffix keys are derived columns:
-- V3 fills them for the copied rows; the application fills them whenever it writes a row.

CREATE TABLE household (
    id               INTEGER      NOT NULL PRIMARY KEY,
    owner_id         INTEGER      REFERENCES staff (id),
    channel          VARCHAR(20)  NOT NULL,
    referred_by      INTEGER      REFERENCES household (id),
    district         VARCHAR(60)  NOT NULL DEFAULT '',
    first_contact_at VARCHAR(19)  NOT NULL,
    last_contact_at  VARCHAR(19),
    created_at       VARCHAR(19)  NOT NULL,
    created_by       INTEGER      REFERENCES staff (id)
);
CREATE INDEX household_owner ON household (owner_id, last_contact_at);
CREATE INDEX household_last_contact ON household (last_contact_at);
CREATE INDEX household_first_contact ON household (first_contact_at);
CREATE INDEX household_referred_by ON household (referred_by);

-- A student's grade is stored as given (grade) with the school year it was given for
-- (grade_year: the calendar year in which that school year began on 1 September); the
-- current grade is computed from the two.
CREATE TABLE student (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    name         VARCHAR(40)  NOT NULL,
    gender       VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    grade        VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    grade_year   INTEGER      NOT NULL,
    school       VARCHAR(60)  NOT NULL DEFAULT '',
    stage        VARCHAR(10)  NOT NULL DEFAULT 'NEW'
                 CHECK (stage IN ('NEW', 'INVITED', 'VISITED', 'SIGNED', 'LOST')),
    created_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX student_household ON student (household_id);

CREATE TABLE contact (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    name         VARCHAR(40)  NOT NULL DEFAULT '',
    relation     VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    is_main      INTEGER      NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    created_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX contact_household ON contact (household_id);
CREATE INDEX contact_name ON contact (name);

-- A number (normal form without extension, see common.Phone) belongs to one household while
-- it is active; number_rev holds its digits reversed so that the last digits (尾号) are an
-- index prefix scan.
CREATE TABLE phone (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    contact_id   INTEGER      NOT NULL REFERENCES contact (id),
    number       VARCHAR(24)  NOT NULL,
    extension    VARCHAR(8)   NOT NULL DEFAULT '',
    number_rev   VARCHAR(24)  NOT NULL DEFAULT '',
    is_main      INTEGER      NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    active       INTEGER      NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   VARCHAR(19)  NOT NULL
);
CREATE UNIQUE INDEX phone_number_active ON phone (number) WHERE active = 1;
CREATE INDEX phone_number_rev ON phone (number_rev);
CREATE INDEX phone_household ON phone (household_id);
CREATE INDEX phone_contact ON phone (contact_id);

-- Search terms of every student and contact name (characters from each position, full pinyin,
-- initials, mixed), written with the names; weight orders the matches (lower first). A search is
-- a range scan of the primary key. WITHOUT ROWID stores the key once (about 20 terms a household:
-- this is the largest table); it is SQLite's spelling, the PostgreSQL schema will say it its way.
CREATE TABLE search_term (
    term         VARCHAR(40)  NOT NULL,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    weight       INTEGER      NOT NULL,
    PRIMARY KEY (term, household_id)
) WITHOUT ROWID;

-- What changed on a household's records, field by field (the family page's history).
CREATE TABLE change_log (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    entity       VARCHAR(20)  NOT NULL,
    entity_id    INTEGER      NOT NULL,
    field        VARCHAR(40)  NOT NULL,
    before_value VARCHAR(500),
    after_value  VARCHAR(500),
    reason       VARCHAR(500) NOT NULL DEFAULT '',
    staff_id     INTEGER      REFERENCES staff (id),
    changed_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX change_log_household ON change_log (household_id, changed_at);

INSERT INTO household (id, owner_id, channel, referred_by, district, first_contact_at, last_contact_at,
                       created_at, created_by)
SELECT f.id, f.owner_id, f.channel, f.referred_by, '', f.created_at,
       (SELECT MAX(v.arrived_at) FROM visit v WHERE v.family_id = f.id), f.created_at, f.created_by
FROM family f;

-- The grade was last typed at the family's latest visit (the desk updated it then), or when it
-- was created; its school year turns on 1 September.
INSERT INTO student (id, household_id, name, gender, grade, grade_year, school, stage, created_at)
SELECT f.id, f.id, f.student_name, f.gender, f.grade,
       CAST(SUBSTR(t.at, 1, 4) AS INTEGER) - CASE WHEN CAST(SUBSTR(t.at, 6, 2) AS INTEGER) >= 9 THEN 0 ELSE 1 END,
       f.school, f.stage, f.created_at
FROM family f
JOIN (SELECT f2.id AS id, COALESCE((SELECT MAX(v.arrived_at) FROM visit v WHERE v.family_id = f2.id),
                                    f2.created_at) AS at
      FROM family f2) t ON t.id = f.id;

INSERT INTO contact (id, household_id, name, relation, is_main, created_at)
SELECT f.id, f.id, f.parent_name, f.parent_relation, 1, f.created_at FROM family f;

-- V1 stored an extension after '#': the number is the part before it. V1 let two families share a
-- number apart from its extension; a number now belongs to one household, so the later family's
-- copy is kept inactive (nothing is lost) and its history says why.
INSERT INTO phone (household_id, contact_id, number, extension, number_rev, is_main, active, created_at)
SELECT f.id, f.id, b.number,
       CASE WHEN INSTR(f.phone, '#') > 0 THEN SUBSTR(f.phone, INSTR(f.phone, '#') + 1) ELSE '' END,
       '', 1,
       CASE WHEN EXISTS (SELECT 1 FROM family f2 WHERE f2.id < f.id
                         AND (f2.phone = b.number OR (f2.phone > b.number || '#' AND f2.phone < b.number || '$')))
            THEN 0 ELSE 1 END,
       f.created_at
FROM family f
JOIN (SELECT id, CASE WHEN INSTR(phone, '#') > 0 THEN SUBSTR(phone, 1, INSTR(phone, '#') - 1) ELSE phone END
             AS number
      FROM family) b ON b.id = f.id;

INSERT INTO change_log (household_id, entity, entity_id, field, before_value, after_value, reason, staff_id,
                        changed_at)
SELECT p.household_id, 'phone', p.contact_id, 'removed', p.number, NULL, 'family.reason.sharedNumber', NULL,
       p.created_at
FROM phone p WHERE p.active = 0;

-- Visits now belong to a household and name the student(s) who came; a visit registered by
-- mistake is voided (status VOID with a reason), never deleted.
CREATE TABLE visit_v2 (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    channel      VARCHAR(20)  NOT NULL,
    arrived_at   VARCHAR(19)  NOT NULL,
    left_at      VARCHAR(19),
    status       VARCHAR(12)  NOT NULL DEFAULT 'WAITING'
                 CHECK (status IN ('WAITING', 'CONSULTING', 'LEFT', 'VOID')),
    received_by  INTEGER      REFERENCES staff (id),
    counselor_id INTEGER      NOT NULL REFERENCES staff (id),
    who_came     VARCHAR(60)  NOT NULL DEFAULT '',
    purpose      VARCHAR(500) NOT NULL DEFAULT '',
    void_reason  VARCHAR(500) NOT NULL DEFAULT ''
);
INSERT INTO visit_v2 (id, household_id, channel, arrived_at, left_at, status, received_by, counselor_id,
                      who_came, purpose)
SELECT id, family_id, channel, arrived_at, left_at, status, received_by, counselor_id, who_came, purpose
FROM visit;
DROP TABLE visit;
-- Dropping a table deletes its rows one by one, each checking the self-reference: index it first.
CREATE INDEX family_referred_by ON family (referred_by);
DROP TABLE family;
ALTER TABLE visit_v2 RENAME TO visit;
CREATE INDEX visit_arrived ON visit (arrived_at);
CREATE INDEX visit_household ON visit (household_id, arrived_at);

CREATE TABLE visit_student (
    visit_id     INTEGER      NOT NULL REFERENCES visit (id),
    student_id   INTEGER      NOT NULL REFERENCES student (id),
    PRIMARY KEY (visit_id, student_id)
);
CREATE INDEX visit_student_student ON visit_student (student_id);
INSERT INTO visit_student (visit_id, student_id) SELECT id, household_id FROM visit;
