-- CounselDesk schema, version 12: what the monthly report's follow-up figures need in a large office.
-- 完成回访 (follow-ups done in the month) and 逾期回访 (due in the month, not done by its end) read every
-- follow-up of the office: half a million in the 200,000-household bench office, a tenth of a second a
-- count and a dozen counts a report (the office, each counselor, the month before). These indexes
-- answer them from the month's own entries, owner included.
CREATE INDEX follow_up_done ON follow_up (done_at, owner_id) WHERE done_at IS NOT NULL;
CREATE INDEX follow_up_due ON follow_up (due_at, done_at, owner_id);
