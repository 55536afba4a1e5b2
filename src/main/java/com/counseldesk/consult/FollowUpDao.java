package com.counseldesk.consult;

import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Follow-ups (回访): planned, made with their result, and the lists the start page reads. */
@RegisterRowMapper(FollowUpDao.FollowUpMapper.class)
@RegisterRowMapper(FollowUpDao.NoteRefMapper.class)
interface FollowUpDao {
    String SELECT = "SELECT f.*, o.name AS owner_name, c.name AS created_by_name, d.name AS done_by_name"
            + " FROM follow_up f JOIN staff o ON o.id = f.owner_id LEFT JOIN staff c ON c.id = f.created_by"
            + " LEFT JOIN staff d ON d.id = f.done_by";

    /** The household, student and author of a consultation note a follow-up is planned from. */
    record NoteRef(long householdId, Long studentId, long authorId) {
    }

    @SqlUpdate("INSERT INTO follow_up (household_id, student_id, owner_id, due_at, has_time, purpose, from_note_id,"
            + " from_visit_id, from_call_id, created_by, created_at) VALUES (:householdId, :studentId, :ownerId,"
            + " :dueAt, :hasTime, :purpose, :fromNoteId, :fromVisitId, :fromCallId, :createdBy, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(@Bind("householdId") long householdId, @Bind("studentId") Long studentId,
            @Bind("ownerId") long ownerId, @Bind("dueAt") LocalDateTime dueAt, @Bind("hasTime") boolean hasTime,
            @Bind("purpose") String purpose, @Bind("fromNoteId") Long fromNoteId,
            @Bind("fromVisitId") Long fromVisitId, @Bind("fromCallId") Long fromCallId, @Bind("createdBy") long createdBy,
            @Bind("createdAt") LocalDateTime createdAt);

    /** Records the result of a follow-up that is still open; returns 0 when it was made already. */
    @SqlUpdate("UPDATE follow_up SET done_at = :at, done_by = :by, result = :result, result_note = :note"
            + " WHERE id = :id AND done_at IS NULL")
    int markDone(@Bind("id") long id, @Bind("at") LocalDateTime at, @Bind("by") long by,
            @Bind("result") FollowUpResult result, @Bind("note") String note);

    @SqlQuery(SELECT + " WHERE f.id = :id")
    Optional<FollowUp> find(@Bind("id") long id);

    /** All of a household's follow-ups, latest due first (its timeline). */
    @SqlQuery(SELECT + " WHERE f.household_id = :householdId ORDER BY f.due_at DESC, f.id DESC")
    List<FollowUp> ofHousehold(@Bind("householdId") long householdId);

    /** A household's open follow-ups, the soonest due first. */
    @SqlQuery(SELECT + " WHERE f.household_id = :householdId AND f.done_at IS NULL ORDER BY f.due_at, f.id")
    List<FollowUp> openOfHousehold(@Bind("householdId") long householdId);

    /** One counselor's open follow-ups due in [from, to), the soonest first. */
    @SqlQuery(SELECT + " WHERE f.owner_id = :ownerId AND f.done_at IS NULL AND f.due_at >= :from AND f.due_at < :to"
            + " ORDER BY f.due_at, f.id LIMIT :limit")
    List<FollowUp> openOwnedBetween(@Bind("ownerId") long ownerId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to, @Bind("limit") int limit);

    /** One counselor's open follow-ups due before {@code before}, the oldest first (overdue). */
    @SqlQuery(SELECT + " WHERE f.owner_id = :ownerId AND f.done_at IS NULL AND f.due_at < :before"
            + " ORDER BY f.due_at, f.id LIMIT :limit")
    List<FollowUp> openOwnedBefore(@Bind("ownerId") long ownerId, @Bind("before") LocalDateTime before,
            @Bind("limit") int limit);

    /** Every counselor's open follow-ups due before {@code before}, the oldest first (a manager's overdue list). */
    @SqlQuery(SELECT + " WHERE f.done_at IS NULL AND f.due_at < :before ORDER BY f.due_at, f.id LIMIT :limit")
    List<FollowUp> openBefore(@Bind("before") LocalDateTime before, @Bind("limit") int limit);

    /** One counselor's open follow-ups with an agreed time in (after, until]: the ones falling due. */
    @SqlQuery(SELECT + " WHERE f.owner_id = :ownerId AND f.done_at IS NULL AND f.due_at > :after"
            + " AND f.due_at <= :until AND f.has_time = 1 ORDER BY f.due_at, f.id")
    List<FollowUp> timedFallingDue(@Bind("ownerId") long ownerId, @Bind("after") LocalDateTime after,
            @Bind("until") LocalDateTime until);

    @SqlQuery("SELECT household_id, student_id, author_id FROM note WHERE id = :id")
    Optional<NoteRef> note(@Bind("id") long noteId);

    final class FollowUpMapper implements RowMapper<FollowUp> {
        @Override
        public FollowUp map(ResultSet rs, StatementContext ctx) throws SQLException {
            String result = rs.getString("result");
            return new FollowUp(rs.getLong("id"), rs.getLong("household_id"), Columns.nullableLong(rs, "student_id"),
                    rs.getLong("owner_id"), rs.getString("owner_name"), Columns.time(rs, "due_at"),
                    rs.getInt("has_time") == 1, rs.getString("purpose"), Columns.nullableLong(rs, "from_note_id"),
                    Columns.nullableLong(rs, "from_visit_id"), rs.getString("created_by_name"),
                    Columns.time(rs, "created_at"), Columns.time(rs, "done_at"), rs.getString("done_by_name"),
                    result == null ? null : FollowUpResult.valueOf(result), rs.getString("result_note"));
        }
    }

    final class NoteRefMapper implements RowMapper<NoteRef> {
        @Override
        public NoteRef map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new NoteRef(rs.getLong("household_id"), Columns.nullableLong(rs, "student_id"),
                    rs.getLong("author_id"));
        }
    }
}
