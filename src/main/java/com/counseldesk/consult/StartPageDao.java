package com.counseldesk.consult;

import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The start page's own reads: a counselor's notes in draft, and their families with no follow-up planned. */
@RegisterRowMapper(StartPageDao.DraftMapper.class)
interface StartPageDao {
    /** A draft as read: the note and whose household; the view adds the names. */
    record Draft(long noteId, long householdId, Long studentId, LocalDateTime sessionAt,
            LocalDateTime updatedAt) {
    }

    /**
     * The author's notes still in draft, the last worked on first: those of today (a draft of an earlier
     * day is locked, whether or not the store has written so yet — {@link NoteState#asOf}).
     */
    @SqlQuery("SELECT id, household_id, student_id, session_at, updated_at FROM note"
            + " WHERE author_id = :authorId AND state = 'DRAFT' AND session_at >= :dayStart"
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit")
    List<Draft> drafts(@Bind("authorId") long authorId, @Bind("dayStart") LocalDateTime dayStart,
            @Bind("limit") int limit);

    /** The households the counselor owns with no open follow-up, the most recently in contact first. */
    @SqlQuery("SELECT h.id FROM household h WHERE h.owner_id = :ownerId AND NOT EXISTS (SELECT 1 FROM follow_up f"
            + " WHERE f.household_id = h.id AND f.done_at IS NULL)"
            + " ORDER BY h.last_contact_at DESC, h.id DESC LIMIT :limit")
    List<Long> unplanned(@Bind("ownerId") long ownerId, @Bind("limit") int limit);

    final class DraftMapper implements RowMapper<Draft> {
        @Override
        public Draft map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Draft(rs.getLong("id"), rs.getLong("household_id"), Columns.nullableLong(rs, "student_id"),
                    Columns.time(rs, "session_at"), Columns.time(rs, "updated_at"));
        }
    }
}
