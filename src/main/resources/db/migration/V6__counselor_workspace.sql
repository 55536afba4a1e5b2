-- CounselDesk schema, version 6: the counselor's workspace — client-type tags with their strategy,
-- each student's intent level, the talk-track library, consultation notes and follow-ups.
-- An intent change is a change_log row (entity 'student', field 'intent'), as every other field's.

-- 咨询者类型: the four types every office has (builtin set) and the office's own tags (builtin NULL).
CREATE TABLE client_tag (
    id           INTEGER      NOT NULL PRIMARY KEY,
    builtin      VARCHAR(12)  UNIQUE CHECK (builtin IN ('HESITANT', 'INTROVERTED', 'SUSPICIOUS', 'TIMID')),
    name         VARCHAR(20)  NOT NULL UNIQUE,
    colour       VARCHAR(7)   NOT NULL,
    signs        VARCHAR(1000) NOT NULL DEFAULT '',
    mistakes     VARCHAR(1000) NOT NULL DEFAULT '',
    strategy     VARCHAR(1000) NOT NULL DEFAULT '',
    active       INTEGER      NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by   INTEGER      REFERENCES staff (id),
    created_at   VARCHAR(19)  NOT NULL
);

-- The four types of the office's own guide (咨询者类型分析及应对策略): signs (客户特征), the mistakes
-- counselors make with them, and the coping strategy (应对策略). The screens show a built-in type's
-- texts from the message bundles by its code (in the language in use); these rows keep the Chinese.
INSERT INTO client_tag (builtin, name, colour, signs, mistakes, strategy, active, created_at) VALUES
    ('HESITANT', '犹豫不决型', '#d97706',
     '不稳定、没主见、重复问题、信心不足',
     '不耐烦的表情、语气、动作；对客户的关注度降低，只顾录信息资料；在解答问题中出现口头禅，如“也就是说”“对不对”；没有察觉客户的心理变化',
     '拉近距离，真诚地关心客户，不厌其烦地解答问题，鼓励客户，肯定客户，把关键问题解析到位', 1, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    ('INTROVERTED', '内向型', '#2563eb',
     '性格内向，不善于表达自己的需求，被动简短',
     '没有充分使用咨询工具加深客户的直观认识',
     '把握心理需求，从行为上把握心理活动，利用环境和工具做出正面准确的判断', 1, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    ('SUSPICIOUS', '猜忌型', '#dc2626',
     '怀疑心重，对解答提出质疑，不轻易信任咨询师',
     '语速快、说的多，问的少；缺少亲和力、表现出不耐烦神情、有些抵触；沟通技巧少；解答问题过于直接，没有留有余地',
     '抓住质疑的关键点，表现出站在对方的角度进行理性分析；保持耐心细致的态度，在言语表达时加以实物展示和举例说明，逐渐消除质疑', 1, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    ('TIMID', '胆怯型', '#7c3aed',
     '内心紧张，不敢表达疑问，咨询问题一般为常见性问题',
     '咨询师的态度和引导技巧不到位',
     '态度亲切，通过询问引入话题、营造轻松的氛围，消除客户胆怯心理，打开客户的内心世界', 1, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'));

-- A tag on a household's decision maker; removing it keeps the row (removed_at), so who tagged
-- and when stays on record. A tag is on a household at most once at a time.
CREATE TABLE household_tag (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    tag_id       INTEGER      NOT NULL REFERENCES client_tag (id),
    tagged_by    INTEGER      REFERENCES staff (id),
    tagged_at    VARCHAR(19)  NOT NULL,
    removed_by   INTEGER      REFERENCES staff (id),
    removed_at   VARCHAR(19)
);
CREATE UNIQUE INDEX household_tag_on ON household_tag (household_id, tag_id) WHERE removed_at IS NULL;
CREATE INDEX household_tag_tag ON household_tag (tag_id);

-- 意向分类; NULL until a counselor judges it.
ALTER TABLE student ADD COLUMN intent VARCHAR(10)
    CHECK (intent IN ('NONE', 'CLASS1', 'CLASS2', 'UNCLEAR', 'CLEAR', 'GAVE_UP'));
CREATE INDEX student_intent ON student (intent);

-- 话术: the office's talk track for one of the ten steps (step 1–10, tag NULL), or for a client
-- type (tag set, step NULL), or for a step with a client type (both set).
CREATE TABLE talk_track (
    id           INTEGER      NOT NULL PRIMARY KEY,
    step         INTEGER      CHECK (step BETWEEN 1 AND 10),
    tag_id       INTEGER      REFERENCES client_tag (id),
    position     INTEGER      NOT NULL DEFAULT 0,
    text         VARCHAR(2000) NOT NULL,
    updated_by   INTEGER      REFERENCES staff (id),
    updated_at   VARCHAR(19)  NOT NULL,
    CHECK (step IS NOT NULL OR tag_id IS NOT NULL)
);
CREATE INDEX talk_track_step ON talk_track (step, tag_id, position);

-- 咨询记录: one session's note. structured is the 学生情况分析表 part as JSON text (subjects with
-- score / full marks / rank / weak points, attitude, goals, who wants tutoring, past tutoring,
-- what was brought); steps_done the ten steps ticked, as a string of ten '0'/'1'.
-- DRAFT while it is written (saved as the counselor types), SIGNED by its author, LOCKED at the end
-- of its day; after DRAFT it changes only by amendments.
CREATE TABLE note (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    student_id   INTEGER      REFERENCES student (id),
    author_id    INTEGER      NOT NULL REFERENCES staff (id),
    session_at   VARCHAR(19)  NOT NULL,
    structured   VARCHAR(8000) NOT NULL DEFAULT '{}',
    steps_done   VARCHAR(10)  NOT NULL DEFAULT '0000000000',
    needs        VARCHAR(4000) NOT NULL DEFAULT '',
    proposal     VARCHAR(4000) NOT NULL DEFAULT '',
    objections   VARCHAR(4000) NOT NULL DEFAULT '',
    next_step    VARCHAR(4000) NOT NULL DEFAULT '',
    state        VARCHAR(8)   NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'SIGNED', 'LOCKED')),
    created_at   VARCHAR(19)  NOT NULL,
    updated_at   VARCHAR(19)  NOT NULL,
    signed_at    VARCHAR(19)
);
CREATE INDEX note_household ON note (household_id, session_at);
CREATE INDEX note_author_state ON note (author_id, state);

CREATE TABLE note_amendment (
    id           INTEGER      NOT NULL PRIMARY KEY,
    note_id      INTEGER      NOT NULL REFERENCES note (id),
    author_id    INTEGER      NOT NULL REFERENCES staff (id),
    amended_at   VARCHAR(19)  NOT NULL,
    text         VARCHAR(4000) NOT NULL
);
CREATE INDEX note_amendment_note ON note_amendment (note_id, amended_at);

-- 回访: a planned call back; done_at and result once it is made. due_at is a day and time
-- ('yyyy-MM-ddTHH:mm:ss'); has_time 0 means "some time that day" (time 00:00:00).
CREATE TABLE follow_up (
    id           INTEGER      NOT NULL PRIMARY KEY,
    household_id INTEGER      NOT NULL REFERENCES household (id),
    student_id   INTEGER      REFERENCES student (id),
    owner_id     INTEGER      NOT NULL REFERENCES staff (id),
    due_at       VARCHAR(19)  NOT NULL,
    has_time     INTEGER      NOT NULL DEFAULT 0 CHECK (has_time IN (0, 1)),
    purpose      VARCHAR(500) NOT NULL,
    from_note_id INTEGER      REFERENCES note (id),
    from_visit_id INTEGER     REFERENCES visit (id),
    created_by   INTEGER      REFERENCES staff (id),
    created_at   VARCHAR(19)  NOT NULL,
    done_at      VARCHAR(19),
    done_by      INTEGER      REFERENCES staff (id),
    result       VARCHAR(12)  CHECK (result IN ('REACHED', 'NOT_REACHED', 'CALL_BACK', 'VISIT_BOOKED', 'GAVE_UP')),
    result_note  VARCHAR(1000) NOT NULL DEFAULT ''
);
CREATE INDEX follow_up_owner_open ON follow_up (owner_id, done_at, due_at);
CREATE INDEX follow_up_household ON follow_up (household_id, due_at);
