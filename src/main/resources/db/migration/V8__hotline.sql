-- CounselDesk schema, version 8: the hotline — calls with what was learned on the phone (热线登记表),
-- the duty rotation of counselors answering in turn (轮番接听), and appointments (邀约上门).

-- One phone conversation. The household is known when the number was (or a household was made for
-- it); a call from a new number that gave no student's name stays without one, with its number.
-- kind: INBOUND (来电), COLD (陌拜), FOLLOW_UP (回访 call). The 热线登记表 fields are kept as said on
-- the phone; the household's records take them too.
CREATE TABLE call (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      REFERENCES household (id),
    student_id   INTEGER      REFERENCES student (id),
    phone        VARCHAR(24)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('INBOUND', 'COLD', 'FOLLOW_UP')),
    taken_by     INTEGER      NOT NULL REFERENCES staff (id),
    started_at   VARCHAR(19)  NOT NULL,
    duration_s   INTEGER      NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    outcome      VARCHAR(14)  NOT NULL CHECK (outcome IN ('BOOKED', 'FOLLOW_UP', 'NOT_INTERESTED', 'NOT_CLIENT')),
    student_name VARCHAR(40)  NOT NULL DEFAULT '',
    gender       VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    grade        VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    school       VARCHAR(60)  NOT NULL DEFAULT '',
    attitude     VARCHAR(200) NOT NULL DEFAULT '',
    parent_name  VARCHAR(40)  NOT NULL DEFAULT '',
    relation     VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    district     VARCHAR(60)  NOT NULL DEFAULT '',
    needs        VARCHAR(500) NOT NULL DEFAULT '',
    summary      VARCHAR(2000) NOT NULL DEFAULT '',
    created_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX call_household ON call (household_id, started_at) WHERE household_id IS NOT NULL;
CREATE INDEX call_started ON call (started_at);
CREATE INDEX call_taken_by ON call (taken_by, started_at);
-- The calls of a number no household had yet: they join the household made for it later.
CREATE INDEX call_unknown_phone ON call (phone) WHERE household_id IS NULL;

-- How each subject stands (各科情况) and which ones the family wants tutoring in (想辅导的科目).
CREATE TABLE call_subject (
    call_id      INTEGER      NOT NULL REFERENCES call (id),
    subject      VARCHAR(12)  NOT NULL CHECK (subject IN ('CHINESE', 'MATH', 'ENGLISH', 'PHYSICS', 'CHEMISTRY',
                                                          'BIOLOGY', 'HISTORY', 'GEOGRAPHY', 'POLITICS', 'OTHER')),
    standing     VARCHAR(200) NOT NULL DEFAULT '',
    wanted       INTEGER      NOT NULL DEFAULT 0 CHECK (wanted IN (0, 1)),
    PRIMARY KEY (call_id, subject)
);

-- 轮番接听: one row per day that has an order. next_position is where the next inbound call is
-- offered from (the first seat at or after it that is not absent, round the order), in round
-- turn_round. Every PC reads it fresh; a turn is taken in one transaction.
CREATE TABLE duty_day (
    day           VARCHAR(10)  NOT NULL PRIMARY KEY,
    next_position INTEGER      NOT NULL DEFAULT 0,
    turn_round    INTEGER      NOT NULL DEFAULT 1,
    set_by        INTEGER      REFERENCES staff (id),
    set_at        VARCHAR(19)  NOT NULL
);

-- The day's order: who is on duty at which position, who is away now; someone taken off the day
-- keeps the row (removed 1).
CREATE TABLE duty_seat (
    id           INTEGER      NOT NULL PRIMARY KEY,
    day          VARCHAR(10)  NOT NULL REFERENCES duty_day (day),
    staff_id     INTEGER      NOT NULL REFERENCES staff (id),
    position     INTEGER      NOT NULL,
    absent       INTEGER      NOT NULL DEFAULT 0 CHECK (absent IN (0, 1)),
    removed      INTEGER      NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    changed_by   INTEGER      REFERENCES staff (id),
    changed_at   VARCHAR(19)  NOT NULL,
    UNIQUE (day, staff_id)
);

-- Every turn: TAKEN (answered; call_id once the call is logged), SKIPPED (absent at their turn),
-- PASSED (not marked absent, and someone after them answered).
CREATE TABLE duty_turn (
    id           INTEGER      NOT NULL PRIMARY KEY,
    day          VARCHAR(10)  NOT NULL REFERENCES duty_day (day),
    turn_round   INTEGER      NOT NULL,
    staff_id     INTEGER      NOT NULL REFERENCES staff (id),
    kind         VARCHAR(8)   NOT NULL CHECK (kind IN ('TAKEN', 'SKIPPED', 'PASSED')),
    call_id      INTEGER      REFERENCES call (id),
    taken_at     VARCHAR(19)  NOT NULL
);
CREATE INDEX duty_turn_day ON duty_turn (day, staff_id, kind);
CREATE INDEX duty_turn_staff ON duty_turn (staff_id, day);
CREATE UNIQUE INDEX duty_turn_call ON duty_turn (call_id) WHERE call_id IS NOT NULL;

-- 邀约上门: a booked visit. other_offer is the second time offered to the family (the one not
-- chosen); bring lists what to bring by constant name, comma-separated. A rescheduled appointment
-- keeps its row (status RESCHEDULED, rescheduled_to the new one).
CREATE TABLE appointment (
    id             INTEGER      NOT NULL PRIMARY KEY,
    household_id   INTEGER      NOT NULL REFERENCES household (id),
    student_id     INTEGER      NOT NULL REFERENCES student (id),
    counselor_id   INTEGER      NOT NULL REFERENCES staff (id),
    starts_at      VARCHAR(19)  NOT NULL,
    other_offer    VARCHAR(19),
    status         VARCHAR(12)  NOT NULL DEFAULT 'BOOKED'
                   CHECK (status IN ('BOOKED', 'ARRIVED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED')),
    bring          VARCHAR(80)  NOT NULL DEFAULT '',
    note           VARCHAR(500) NOT NULL DEFAULT '',
    made_in_call   INTEGER      REFERENCES call (id),
    rescheduled_to INTEGER      REFERENCES appointment (id),
    reminded_at    VARCHAR(19),
    reminded_by    INTEGER      REFERENCES staff (id),
    booked_by      INTEGER      REFERENCES staff (id),
    booked_at      VARCHAR(19)  NOT NULL,
    status_by      INTEGER      REFERENCES staff (id),
    status_at      VARCHAR(19),
    status_reason  VARCHAR(500) NOT NULL DEFAULT ''
);
-- By time: a day's appointments, its expected visitors, the reminders due; a counselor's (and their
-- overlaps); a household's.
CREATE INDEX appointment_starts ON appointment (starts_at);
CREATE INDEX appointment_counselor ON appointment (counselor_id, starts_at);
CREATE INDEX appointment_household ON appointment (household_id, starts_at);

-- The visit an appointment became when the family arrived.
ALTER TABLE visit ADD COLUMN appointment_id INTEGER REFERENCES appointment (id);
CREATE INDEX visit_appointment ON visit (appointment_id) WHERE appointment_id IS NOT NULL;

-- A follow-up set as a call's outcome.
ALTER TABLE follow_up ADD COLUMN from_call_id INTEGER REFERENCES call (id);
