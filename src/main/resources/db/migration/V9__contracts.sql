-- CounselDesk schema, version 9: contracts and payments (签单 / 合同 / 收费) and the course catalogue.
-- Money is INTEGER fen. Nothing is deleted: a course is deactivated, a contract completed, refunded
-- or voided, and every change of a contract is a contract_event row with who and when.

-- The catalogue: a course (课程) or a package (套餐) of subjects and class hours. subjects lists the
-- constant names, comma-separated. Its price is in course_price.
CREATE TABLE course (
    id           INTEGER      NOT NULL PRIMARY KEY,
    name         VARCHAR(60)  NOT NULL UNIQUE,
    kind         VARCHAR(8)   NOT NULL CHECK (kind IN ('COURSE', 'PACKAGE')),
    subjects     VARCHAR(120) NOT NULL DEFAULT '',
    class_hours  INTEGER      NOT NULL CHECK (class_hours > 0),
    active       INTEGER      NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by   INTEGER      REFERENCES staff (id),
    created_at   VARCHAR(19)  NOT NULL
);

-- A course's list price from a day on: the price on a day is the row with the latest valid_from not
-- after it. A change of price is a new row; a contract keeps the price it was signed at.
CREATE TABLE course_price (
    id           INTEGER      NOT NULL PRIMARY KEY,
    course_id    INTEGER      NOT NULL REFERENCES course (id),
    valid_from   VARCHAR(10)  NOT NULL,
    price_fen    INTEGER      NOT NULL CHECK (price_fen >= 0),
    set_by       INTEGER      REFERENCES staff (id),
    set_at       VARCHAR(19)  NOT NULL
);
CREATE INDEX course_price_from ON course_price (course_id, valid_from);

-- A contract (合同) for one student of a household. price_fen is the price before the discount (the
-- package price, or unit_price_fen × class_hours); discount_percent is in hundredths of a percent
-- (12.5% is 1250) when discount_kind is PERCENT; due_fen = price_fen - discount_fen. paid_fen and
-- refunded_fen are the sums of its payments and refunds, kept in the same transaction as each one.
CREATE TABLE contract (
    id               INTEGER      NOT NULL PRIMARY KEY,
    number           VARCHAR(30)  NOT NULL UNIQUE,
    household_id     INTEGER      NOT NULL REFERENCES household (id),
    student_id       INTEGER      NOT NULL REFERENCES student (id),
    counselor_id     INTEGER      NOT NULL REFERENCES staff (id),
    subjects         VARCHAR(120) NOT NULL DEFAULT '',
    class_hours      INTEGER      NOT NULL CHECK (class_hours > 0),
    price_kind       VARCHAR(8)   NOT NULL CHECK (price_kind IN ('PACKAGE', 'UNIT')),
    unit_price_fen   INTEGER      CHECK (unit_price_fen >= 0),
    price_fen        INTEGER      NOT NULL CHECK (price_fen >= 0),
    discount_kind    VARCHAR(8)   NOT NULL DEFAULT 'NONE' CHECK (discount_kind IN ('NONE', 'AMOUNT', 'PERCENT')),
    discount_percent INTEGER      CHECK (discount_percent BETWEEN 0 AND 10000),
    discount_fen     INTEGER      NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
    discount_reason  VARCHAR(200) NOT NULL DEFAULT '',
    due_fen          INTEGER      NOT NULL CHECK (due_fen >= 0),
    paid_fen         INTEGER      NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    refunded_fen     INTEGER      NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0),
    signed_on        VARCHAR(10)  NOT NULL,
    starts_on        VARCHAR(10),
    status           VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE'
                     CHECK (status IN ('ACTIVE', 'COMPLETED', 'REFUNDED', 'VOID')),
    remarks          VARCHAR(500) NOT NULL DEFAULT '',
    created_by       INTEGER      NOT NULL REFERENCES staff (id),
    created_at       VARCHAR(19)  NOT NULL,
    CHECK (due_fen = price_fen - discount_fen),
    CHECK (paid_fen <= due_fen),
    CHECK (refunded_fen <= paid_fen)
);
-- The list's filters: a month (signed_on range), a counselor's, a status; a household's contracts.
CREATE INDEX contract_signed ON contract (signed_on);
CREATE INDEX contract_counselor ON contract (counselor_id, signed_on);
CREATE INDEX contract_status ON contract (status, signed_on);
CREATE INDEX contract_household ON contract (household_id);

-- The courses a contract is for, as they were when it was signed (name, hours, list price).
CREATE TABLE contract_course (
    contract_id  INTEGER      NOT NULL REFERENCES contract (id),
    position     INTEGER      NOT NULL,
    course_id    INTEGER      NOT NULL REFERENCES course (id),
    name         VARCHAR(60)  NOT NULL,
    class_hours  INTEGER      NOT NULL,
    price_fen    INTEGER      NOT NULL,
    PRIMARY KEY (contract_id, position)
);
CREATE INDEX contract_course_course ON contract_course (course_id, contract_id);

-- Money received for a contract (FULL, DEPOSIT, INSTALMENT, BALANCE) or given back (REFUND). A
-- receipt number is the office's paper receipt's: unique, none for a refund.
CREATE TABLE payment (
    id           INTEGER      NOT NULL PRIMARY KEY,
    contract_id  INTEGER      NOT NULL REFERENCES contract (id),
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('FULL', 'DEPOSIT', 'INSTALMENT', 'BALANCE', 'REFUND')),
    method       VARCHAR(8)   NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER', 'WECHAT', 'ALIPAY')),
    amount_fen   INTEGER      NOT NULL CHECK (amount_fen > 0),
    receipt_no   VARCHAR(30)  UNIQUE,
    paid_on      VARCHAR(10)  NOT NULL,
    taken_by     INTEGER      NOT NULL REFERENCES staff (id),
    created_at   VARCHAR(19)  NOT NULL
);
CREATE INDEX payment_contract ON payment (contract_id, id);

-- A contract's history: SIGNED, PAID, REFUNDED (approved_by: the manager who approved it), VOIDED,
-- COMPLETED; reason as typed.
CREATE TABLE contract_event (
    id           INTEGER      NOT NULL PRIMARY KEY,
    contract_id  INTEGER      NOT NULL REFERENCES contract (id),
    at           VARCHAR(19)  NOT NULL,
    staff_id     INTEGER      NOT NULL REFERENCES staff (id),
    action       VARCHAR(10)  NOT NULL CHECK (action IN ('SIGNED', 'PAID', 'REFUNDED', 'VOIDED', 'COMPLETED')),
    amount_fen   INTEGER,
    payment_id   INTEGER      REFERENCES payment (id),
    approved_by  INTEGER      REFERENCES staff (id),
    reason       VARCHAR(500) NOT NULL DEFAULT ''
);
CREATE INDEX contract_event_contract ON contract_event (contract_id, id);

-- The last sequence number given out per period of the contract number's format (HT202611-{seq}).
CREATE TABLE contract_number_seq (
    period       VARCHAR(40)  NOT NULL PRIMARY KEY,
    last_seq     INTEGER      NOT NULL
);
