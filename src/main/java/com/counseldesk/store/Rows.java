package com.counseldesk.store;

import com.counseldesk.domain.Channel;
import com.counseldesk.domain.Family;
import com.counseldesk.domain.FamilyCard;
import com.counseldesk.domain.Gender;
import com.counseldesk.domain.Grade;
import com.counseldesk.domain.Phone;
import com.counseldesk.domain.Relation;
import com.counseldesk.domain.Role;
import com.counseldesk.domain.Stage;
import com.counseldesk.domain.Staff;
import com.counseldesk.domain.VisitRow;
import com.counseldesk.domain.VisitStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers, written out so that the column each field comes from is plain to read. */
final class Rows {
    private Rows() {
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDateTime.parse(text, StoreMappers.TIME);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static final class StaffMapper implements RowMapper<Staff> {
        @Override
        public Staff map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Staff(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                    rs.getInt("active") == 1);
        }
    }

    public static final class FamilyMapper implements RowMapper<Family> {
        @Override
        public Family map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Family(
                    rs.getLong("id"),
                    rs.getString("student_name"),
                    Gender.valueOf(rs.getString("gender")),
                    Grade.valueOf(rs.getString("grade")),
                    rs.getString("school"),
                    rs.getString("parent_name"),
                    Relation.valueOf(rs.getString("parent_relation")),
                    new Phone(rs.getString("phone")),
                    Channel.valueOf(rs.getString("channel")),
                    nullableLong(rs, "referred_by"),
                    nullableLong(rs, "owner_id"),
                    Stage.valueOf(rs.getString("stage")),
                    time(rs, "created_at"),
                    nullableLong(rs, "created_by"));
        }
    }

    public static final class FamilyCardMapper implements RowMapper<FamilyCard> {
        private final FamilyMapper family = new FamilyMapper();

        @Override
        public FamilyCard map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FamilyCard(family.map(rs, ctx), rs.getString("owner_name"), rs.getInt("owner_active") == 1,
                    time(rs, "last_contact_at"), rs.getInt("visit_count"));
        }
    }

    public static final class VisitRowMapper implements RowMapper<VisitRow> {
        @Override
        public VisitRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VisitRow(
                    rs.getLong("visit_id"),
                    rs.getLong("family_id"),
                    rs.getString("student_name"),
                    rs.getString("parent_name"),
                    new Phone(rs.getString("phone")),
                    Channel.valueOf(rs.getString("channel")),
                    time(rs, "arrived_at"),
                    time(rs, "left_at"),
                    VisitStatus.valueOf(rs.getString("status")),
                    rs.getLong("counselor_id"),
                    rs.getString("counselor_name"),
                    rs.getString("who_came"),
                    rs.getString("purpose"));
        }
    }
}
