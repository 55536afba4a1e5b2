package com.counseldesk.hotline;

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

/** Appointments (邀约上门). */
@RegisterRowMapper(AppointmentDao.AppointmentMapper.class)
interface AppointmentDao {
    String APPOINTMENT = "SELECT a.*, st.name AS student_name, c.name AS counselor_name, b.name AS booked_by_name,"
            + " (SELECT v.id FROM visit v WHERE v.appointment_id = a.id) AS visit_id"
            + " FROM appointment a JOIN student st ON st.id = a.student_id JOIN staff c ON c.id = a.counselor_id"
            + " LEFT JOIN staff b ON b.id = a.booked_by";

    /** An appointment as stored, with the names of its student, counselor and who booked it. */
    record AppointmentData(long id, long householdId, long studentId, String studentName, long counselorId,
            String counselorName, LocalDateTime startsAt, LocalDateTime otherOffer, AppointmentStatus status,
            String bring, String note, Long madeInCall, Long rescheduledTo, LocalDateTime remindedAt, Long visitId,
            String statusReason, LocalDateTime bookedAt, String bookedByName) {
    }

    @SqlUpdate("INSERT INTO appointment (household_id, student_id, counselor_id, starts_at, other_offer, status,"
            + " bring, note, made_in_call, booked_by, booked_at) VALUES (:householdId, :studentId, :counselorId,"
            + " :startsAt, :otherOffer, 'BOOKED', :bring, :note, :callId, :by, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("householdId") long householdId, @Bind("studentId") long studentId,
            @Bind("counselorId") long counselorId, @Bind("startsAt") LocalDateTime startsAt,
            @Bind("otherOffer") LocalDateTime otherOffer, @Bind("bring") String bring, @Bind("note") String note,
            @Bind("callId") Long callId, @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlQuery(APPOINTMENT + " WHERE a.id = :id")
    Optional<AppointmentData> find(@Bind("id") long id);

    /** Moves a booked appointment on; 0 when it is not booked any more (another PC was quicker). */
    @SqlUpdate("UPDATE appointment SET status = :status, status_by = :by, status_at = :at, status_reason = :reason,"
            + " rescheduled_to = :to WHERE id = :id AND status = 'BOOKED'")
    int close(@Bind("id") long id, @Bind("status") AppointmentStatus status, @Bind("by") long by,
            @Bind("at") LocalDateTime at, @Bind("reason") String reason, @Bind("to") Long rescheduledTo);

    @SqlUpdate("UPDATE appointment SET reminded_at = :at, reminded_by = :by WHERE id = :id AND reminded_at IS NULL")
    int reminded(@Bind("id") long id, @Bind("by") long by, @Bind("at") LocalDateTime at);

    /** The booked appointments starting in [from, to), earliest first; all counselors'. */
    @SqlQuery(APPOINTMENT + " WHERE a.status = 'BOOKED' AND a.starts_at >= :from AND a.starts_at < :to"
            + " ORDER BY a.starts_at, a.id")
    List<AppointmentData> bookedBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    /** A counselor's booked appointments starting in [from, to): the ones a new one could overlap. */
    @SqlQuery(APPOINTMENT + " WHERE a.status = 'BOOKED' AND a.starts_at > :from AND a.starts_at < :to"
            + " AND a.counselor_id = :counselorId ORDER BY a.starts_at, a.id")
    List<AppointmentData> bookedNear(@Bind("counselorId") long counselorId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    /** Every appointment (any status) starting in [from, to), earliest first. */
    @SqlQuery(APPOINTMENT + " WHERE a.starts_at >= :from AND a.starts_at < :to ORDER BY a.starts_at, a.id")
    List<AppointmentData> between(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    /** A counselor's appointments (any status) starting in [from, to), earliest first. */
    @SqlQuery(APPOINTMENT + " WHERE a.counselor_id = :counselorId AND a.starts_at >= :from AND a.starts_at < :to"
            + " ORDER BY a.starts_at, a.id")
    List<AppointmentData> ofCounselorBetween(@Bind("counselorId") long counselorId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    /** The booked ones nobody reminded yet that start after {@code from} and not after {@code until}. */
    @SqlQuery(APPOINTMENT + " WHERE a.status = 'BOOKED' AND a.starts_at > :from AND a.starts_at <= :until"
            + " AND a.reminded_at IS NULL ORDER BY a.starts_at, a.id")
    List<AppointmentData> toRemind(@Bind("from") LocalDateTime from, @Bind("until") LocalDateTime until);

    @SqlQuery(APPOINTMENT + " WHERE a.household_id = :householdId ORDER BY a.starts_at DESC, a.id DESC")
    List<AppointmentData> ofHousehold(@Bind("householdId") long householdId);

    final class AppointmentMapper implements RowMapper<AppointmentData> {
        @Override
        public AppointmentData map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AppointmentData(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("student_id"),
                    rs.getString("student_name"), rs.getLong("counselor_id"), rs.getString("counselor_name"),
                    Columns.time(rs, "starts_at"), Columns.time(rs, "other_offer"),
                    AppointmentStatus.valueOf(rs.getString("status")), rs.getString("bring"), rs.getString("note"),
                    Columns.nullableLong(rs, "made_in_call"), Columns.nullableLong(rs, "rescheduled_to"),
                    Columns.time(rs, "reminded_at"), Columns.nullableLong(rs, "visit_id"),
                    rs.getString("status_reason"), Columns.time(rs, "booked_at"), rs.getString("booked_by_name"));
        }
    }
}
