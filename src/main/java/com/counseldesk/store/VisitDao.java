package com.counseldesk.store;

import com.counseldesk.domain.Channel;
import com.counseldesk.domain.VisitRow;
import com.counseldesk.domain.VisitStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Visits to the office. */
@RegisterRowMapper(Rows.VisitRowMapper.class)
public interface VisitDao {
    String ROW = "SELECT v.id AS visit_id, v.family_id, f.student_name, f.parent_name, f.phone, v.channel,"
            + " v.arrived_at, v.left_at, v.status, v.counselor_id, s.name AS counselor_name, v.who_came, v.purpose"
            + " FROM visit v JOIN family f ON f.id = v.family_id JOIN staff s ON s.id = v.counselor_id";

    @SqlUpdate("INSERT INTO visit (family_id, channel, arrived_at, status, received_by, counselor_id, who_came, purpose)"
            + " VALUES (:familyId, :channel, :at, 'WAITING', :receivedBy, :counselorId, :whoCame, :purpose)")
    @GetGeneratedKeys("id")
    long insert(@Bind("familyId") long familyId, @Bind("channel") Channel channel, @Bind("at") LocalDateTime at,
            @Bind("receivedBy") Long receivedBy, @Bind("counselorId") long counselorId,
            @Bind("whoCame") String whoCame, @Bind("purpose") String purpose);

    @SqlQuery(ROW + " WHERE v.arrived_at >= :from AND v.arrived_at < :to ORDER BY v.arrived_at, v.id")
    List<VisitRow> arrivedBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    @SqlQuery(ROW + " WHERE v.family_id = :familyId ORDER BY v.arrived_at DESC, v.id DESC")
    List<VisitRow> byFamily(@Bind("familyId") long familyId);

    @SqlQuery(ROW + " WHERE v.id = :id")
    Optional<VisitRow> findRow(@Bind("id") long id);

    @SqlUpdate("UPDATE visit SET status = :status, left_at = :leftAt WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") VisitStatus status, @Bind("leftAt") LocalDateTime leftAt);

    @SqlQuery("SELECT COUNT(*) FROM visit")
    long count();
}
