-- The counselor's workspace as it is read: the indexes its screens' queries use.

-- The drafts of past days, locked at start (the end-of-day rule); a counselor's drafts of today (the
-- start page).
CREATE INDEX note_state_session ON note (state, session_at);
DROP INDEX note_author_state;
CREATE INDEX note_author_state_session ON note (author_id, state, session_at);

-- A household's tags, in the order they were put on (its family page and timeline).
CREATE INDEX household_tag_household ON household_tag (household_id, tagged_at);

-- The open follow-ups are what the start page reads: a counselor's by due time, everyone's overdue (the
-- manager's), whether a household has one; a household's all of them (its timeline).
DROP INDEX follow_up_owner_open;
CREATE INDEX follow_up_open_owner ON follow_up (owner_id, due_at) WHERE done_at IS NULL;
CREATE INDEX follow_up_open_due ON follow_up (due_at) WHERE done_at IS NULL;
CREATE INDEX follow_up_open_household ON follow_up (household_id) WHERE done_at IS NULL;
