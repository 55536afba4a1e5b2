package com.counseldesk.walkin;

import com.counseldesk.family.Channel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Visits to the office. */
@RegisterRowMapper(VisitDao.VisitRowMapper.class)
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

    final class VisitRowMapper implements RowMapper<VisitRow> {
        @Override
        public VisitRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VisitRow(
                    rs.getLong("visit_id"),
                    rs.getLong("family_id"),
                    rs.getString("student_name"),
                    rs.getString("parent_name"),
                    new Phone(rs.getString("phone")),
                    Channel.valueOf(rs.getString("channel")),
                    Columns.time(rs, "arrived_at"),
                    Columns.time(rs, "left_at"),
                    VisitStatus.valueOf(rs.getString("status")),
                    rs.getLong("counselor_id"),
                    rs.getString("counselor_name"),
                    rs.getString("who_came"),
                    rs.getString("purpose"));
        }
    }
}
