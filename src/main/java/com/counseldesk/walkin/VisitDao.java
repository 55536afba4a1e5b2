package com.counseldesk.walkin;

import com.counseldesk.common.db.Columns;
import com.counseldesk.family.Channel;
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

/** Visits to the office and the students each one names. */
@RegisterRowMapper(VisitDao.VisitMapper.class)
@RegisterRowMapper(VisitDao.StudentLinkMapper.class)
interface VisitDao {
    String VISIT = "SELECT v.*, s.name AS counselor_name FROM visit v JOIN staff s ON s.id = v.counselor_id";

    /** A visit as stored, with its counselor's name. */
    record VisitData(long id, long householdId, Channel channel, LocalDateTime arrivedAt, LocalDateTime leftAt,
            VisitStatus status, Long receivedBy, long counselorId, String counselorName, String whoCame,
            String purpose, String voidReason) {
    }

    /** One student named by one visit. */
    record StudentLink(long visitId, long studentId) {
    }

    @SqlUpdate("INSERT INTO visit (household_id, channel, arrived_at, status, received_by, counselor_id, who_came,"
            + " purpose, appointment_id) VALUES (:householdId, :channel, :at, 'WAITING', :receivedBy, :counselorId,"
            + " :whoCame, :purpose, :appointmentId)")
    @GetGeneratedKeys("id")
    long insert(@Bind("householdId") long householdId, @Bind("channel") Channel channel, @Bind("at") LocalDateTime at,
            @Bind("receivedBy") Long receivedBy, @Bind("counselorId") long counselorId,
            @Bind("whoCame") String whoCame, @Bind("purpose") String purpose,
            @Bind("appointmentId") Long appointmentId);

    @SqlUpdate("INSERT INTO visit_student (visit_id, student_id) VALUES (:visitId, :studentId)")
    void link(@Bind("visitId") long visitId, @Bind("studentId") long studentId);

    @SqlUpdate("DELETE FROM visit_student WHERE visit_id = :visitId")
    void unlinkAll(@Bind("visitId") long visitId);

    @SqlQuery(VISIT + " WHERE v.arrived_at >= :from AND v.arrived_at < :to ORDER BY v.arrived_at DESC, v.id DESC")
    List<VisitData> arrivedBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    @SqlQuery(VISIT + " WHERE v.household_id = :householdId ORDER BY v.arrived_at DESC, v.id DESC")
    List<VisitData> byHousehold(@Bind("householdId") long householdId);

    /** The household's visits in the range still at the office (waiting or in consultation), earliest first. */
    @SqlQuery(VISIT + " WHERE v.household_id = :householdId AND v.arrived_at >= :from AND v.arrived_at < :to"
            + " AND v.status IN ('WAITING', 'CONSULTING') ORDER BY v.arrived_at, v.id")
    List<VisitData> openBetween(@Bind("householdId") long householdId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    /** A counselor's visits in the range still at the office (waiting or in consultation), earliest first. */
    @SqlQuery(VISIT + " WHERE v.arrived_at >= :from AND v.arrived_at < :to AND v.counselor_id = :counselorId"
            + " AND v.status IN ('WAITING', 'CONSULTING') ORDER BY v.arrived_at, v.id LIMIT :limit")
    List<VisitData> openWith(@Bind("counselorId") long counselorId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to, @Bind("limit") int limit);

    @SqlQuery(VISIT + " WHERE v.id = :id")
    Optional<VisitData> find(@Bind("id") long id);

    @SqlQuery("SELECT visit_id, student_id FROM visit_student WHERE visit_id IN (<ids>) ORDER BY student_id")
    List<StudentLink> students(@BindList("ids") Collection<Long> visitIds);

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE household_id = :householdId AND status <> 'VOID'")
    int countFor(@Bind("householdId") long householdId);

    @SqlUpdate("UPDATE visit SET status = :status, left_at = :leftAt WHERE id = :id AND status <> 'VOID'")
    int updateStatus(@Bind("id") long id, @Bind("status") VisitStatus status, @Bind("leftAt") LocalDateTime leftAt);

    @SqlUpdate("UPDATE visit SET counselor_id = :counselorId, channel = :channel, purpose = :purpose WHERE id = :id")
    int correct(@Bind("id") long id, @Bind("counselorId") long counselorId, @Bind("channel") Channel channel,
            @Bind("purpose") String purpose);

    @SqlUpdate("UPDATE visit SET status = 'VOID', void_reason = :reason WHERE id = :id")
    int markVoid(@Bind("id") long id, @Bind("reason") String reason);

    @SqlQuery("SELECT COUNT(*) FROM visit")
    long count();

    final class VisitMapper implements RowMapper<VisitData> {
        @Override
        public VisitData map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VisitData(rs.getLong("id"), rs.getLong("household_id"),
                    Channel.valueOf(rs.getString("channel")), Columns.time(rs, "arrived_at"),
                    Columns.time(rs, "left_at"), VisitStatus.valueOf(rs.getString("status")),
                    Columns.nullableLong(rs, "received_by"), rs.getLong("counselor_id"),
                    rs.getString("counselor_name"), rs.getString("who_came"), rs.getString("purpose"),
                    rs.getString("void_reason"));
        }
    }

    final class StudentLinkMapper implements RowMapper<StudentLink> {
        @Override
        public StudentLink map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StudentLink(rs.getLong("visit_id"), rs.getLong("student_id"));
        }
    }
}
