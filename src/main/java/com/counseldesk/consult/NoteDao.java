package com.counseldesk.consult;

import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Consultation notes and their amendments. A note's content changes only while the row is a DRAFT. */
@RegisterRowMapper(NoteDao.NoteRowMapper.class)
@RegisterRowMapper(NoteDao.AmendmentMapper.class)
interface NoteDao {
    String NOTE = "SELECT n.*, s.name AS author_name FROM note n JOIN staff s ON s.id = n.author_id";

    /** A note as stored: the structured part as JSON text, the steps as ten '0'/'1', the state as written. */
    record NoteRow(long id, long householdId, Long studentId, long authorId, String authorName,
            LocalDateTime sessionAt, String structured, String stepsDone, String needs, String proposal,
            String objections, String nextStep, NoteState state, LocalDateTime updatedAt, LocalDateTime signedAt) {
    }

    @SqlUpdate("INSERT INTO note (household_id, student_id, author_id, session_at, structured, steps_done, needs,"
            + " proposal, objections, next_step, state, created_at, updated_at) VALUES (:householdId, :studentId,"
            + " :authorId, :at, :structured, :steps, :needs, :proposal, :objections, :nextStep, 'DRAFT', :at, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("householdId") long householdId, @Bind("studentId") Long studentId,
            @Bind("authorId") long authorId, @Bind("at") LocalDateTime at, @Bind("structured") String structured,
            @Bind("steps") String steps, @Bind("needs") String needs, @Bind("proposal") String proposal,
            @Bind("objections") String objections, @Bind("nextStep") String nextStep);

    @SqlUpdate("UPDATE note SET student_id = :studentId, structured = :structured, steps_done = :steps,"
            + " needs = :needs, proposal = :proposal, objections = :objections, next_step = :nextStep,"
            + " updated_at = :at WHERE id = :id AND state = 'DRAFT'")
    int update(@Bind("id") long id, @Bind("studentId") Long studentId, @Bind("at") LocalDateTime at,
            @Bind("structured") String structured, @Bind("steps") String steps, @Bind("needs") String needs,
            @Bind("proposal") String proposal, @Bind("objections") String objections,
            @Bind("nextStep") String nextStep);

    @SqlUpdate("UPDATE note SET state = 'SIGNED', signed_at = :at, updated_at = :at WHERE id = :id"
            + " AND state = 'DRAFT'")
    int sign(@Bind("id") long id, @Bind("at") LocalDateTime at);

    /** The end-of-day rule written down: drafts of sessions before {@code dayStart} become LOCKED. */
    @SqlUpdate("UPDATE note SET state = 'LOCKED' WHERE state = 'DRAFT' AND session_at < :dayStart")
    int lockBefore(@Bind("dayStart") LocalDateTime dayStart);

    @SqlQuery(NOTE + " WHERE n.id = :id")
    Optional<NoteRow> find(@Bind("id") long id);

    @SqlQuery(NOTE + " WHERE n.household_id = :householdId ORDER BY n.session_at DESC, n.id DESC")
    List<NoteRow> byHousehold(@Bind("householdId") long householdId);

    @SqlUpdate("INSERT INTO note_amendment (note_id, author_id, amended_at, text) VALUES (:noteId, :authorId, :at,"
            + " :text)")
    @GetGeneratedKeys("id")
    long insertAmendment(@Bind("noteId") long noteId, @Bind("authorId") long authorId,
            @Bind("at") LocalDateTime at, @Bind("text") String text);

    @SqlQuery("SELECT a.*, s.name AS author_name FROM note_amendment a JOIN staff s ON s.id = a.author_id"
            + " WHERE a.note_id IN (<ids>) ORDER BY a.amended_at, a.id")
    List<Amendment> amendments(@BindList("ids") Collection<Long> noteIds);

    final class NoteRowMapper implements RowMapper<NoteRow> {
        @Override
        public NoteRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new NoteRow(rs.getLong("id"), rs.getLong("household_id"), Columns.nullableLong(rs, "student_id"),
                    rs.getLong("author_id"), rs.getString("author_name"), Columns.time(rs, "session_at"),
                    rs.getString("structured"), rs.getString("steps_done"), rs.getString("needs"),
                    rs.getString("proposal"), rs.getString("objections"), rs.getString("next_step"),
                    NoteState.valueOf(rs.getString("state")), Columns.time(rs, "updated_at"),
                    Columns.time(rs, "signed_at"));
        }
    }

    final class AmendmentMapper implements RowMapper<Amendment> {
        @Override
        public Amendment map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Amendment(rs.getLong("id"), rs.getLong("note_id"), rs.getLong("author_id"),
                    rs.getString("author_name"), Columns.time(rs, "amended_at"), rs.getString("text"));
        }
    }
}
