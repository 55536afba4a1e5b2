package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Columns;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Subject;
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
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Calls, the subjects their sheets speak of, and the follow-ups they end with. */
@RegisterRowMapper(CallDao.CallMapper.class)
@RegisterRowMapper(CallDao.SubjectMapper.class)
interface CallDao {
    String CALL = "SELECT c.*, s.name AS taken_by_name FROM call c JOIN staff s ON s.id = c.taken_by";

    /** A call as stored, its sheet without the subjects. */
    record CallData(long id, CallKind kind, Phone phone, Long householdId, Long studentId, LocalDateTime startedAt,
            int durationSeconds, CallOutcome outcome, long takenBy, String takenByName, String studentName,
            Gender gender, Grade grade, String school, String attitude, ContactDetails parent, String district,
            String needs, String summary) {
    }

    /** One subject of one call's sheet. */
    record SubjectRow(long callId, SubjectNote note) {
    }

    @SqlUpdate("INSERT INTO call (household_id, student_id, phone, kind, taken_by, started_at, duration_s, outcome,"
            + " student_name, gender, grade, school, attitude, parent_name, relation, district, needs, summary,"
            + " created_at) VALUES (:householdId, :studentId, :phone, :kind, :takenBy, :startedAt, :duration,"
            + " :outcome, :s.studentName, :s.gender, :s.grade, :s.school, :s.attitude, :parentName, :relation,"
            + " :s.district, :s.needs, :s.summary, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("householdId") Long householdId, @Bind("studentId") Long studentId, @Bind("phone") Phone phone,
            @Bind("kind") CallKind kind, @Bind("takenBy") long takenBy, @Bind("startedAt") LocalDateTime startedAt,
            @Bind("duration") int durationSeconds, @Bind("outcome") CallOutcome outcome,
            @BindMethods("s") CallSheet sheet,
            @Bind("parentName") String parentName, @Bind("relation") Relation relation,
            @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO call_subject (call_id, subject, standing, wanted) VALUES (:callId, :subject, :standing,"
            + " :wanted)")
    void insertSubject(@Bind("callId") long callId, @Bind("subject") Subject subject,
            @Bind("standing") String standing, @Bind("wanted") boolean wanted);

    /**
     * The calls of a number nobody knew (no household) join the household now made for it: the number
     * itself, or the number with an extension ({@code base#…}, which sorts below {@code base$}).
     */
    @SqlUpdate("UPDATE call SET household_id = :householdId WHERE household_id IS NULL AND phone >= :base"
            + " AND phone < :upper")
    int adoptUnknown(@Bind("householdId") long householdId, @Bind("base") String base, @Bind("upper") String upper);

    @SqlQuery(CALL + " WHERE c.id = :id")
    Optional<CallData> find(@Bind("id") long id);

    @SqlQuery(CALL + " WHERE c.household_id = :householdId ORDER BY c.started_at DESC, c.id DESC")
    List<CallData> ofHousehold(@Bind("householdId") long householdId);

    @SqlQuery(CALL + " WHERE c.started_at >= :from AND c.started_at < :to ORDER BY c.started_at DESC, c.id DESC")
    List<CallData> between(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    @SqlQuery(CALL + " WHERE c.taken_by = :staffId AND c.started_at >= :from AND c.started_at < :to"
            + " ORDER BY c.started_at DESC, c.id DESC")
    List<CallData> takenBetween(@Bind("staffId") long staffId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    @SqlQuery("SELECT * FROM call_subject WHERE call_id IN (<ids>)")
    List<SubjectRow> subjectsOf(@BindList("ids") Collection<Long> callIds);

    /** A follow-up set as a call's outcome, written here while the consult feature has no service for it. */

    final class CallMapper implements RowMapper<CallData> {
        @Override
        public CallData map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CallData(rs.getLong("id"), CallKind.valueOf(rs.getString("kind")), new Phone(rs.getString("phone")),
                    Columns.nullableLong(rs, "household_id"), Columns.nullableLong(rs, "student_id"),
                    Columns.time(rs, "started_at"), rs.getInt("duration_s"),
                    CallOutcome.valueOf(rs.getString("outcome")), rs.getLong("taken_by"),
                    rs.getString("taken_by_name"), rs.getString("student_name"),
                    Gender.valueOf(rs.getString("gender")), Grade.valueOf(rs.getString("grade")),
                    rs.getString("school"), rs.getString("attitude"),
                    new ContactDetails(rs.getString("parent_name"), Relation.valueOf(rs.getString("relation"))),
                    rs.getString("district"), rs.getString("needs"), rs.getString("summary"));
        }
    }

    final class SubjectMapper implements RowMapper<SubjectRow> {
        @Override
        public SubjectRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SubjectRow(rs.getLong("call_id"), new SubjectNote(Subject.valueOf(rs.getString("subject")),
                    rs.getString("standing"), rs.getInt("wanted") == 1));
        }
    }
}
