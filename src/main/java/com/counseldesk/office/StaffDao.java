package com.counseldesk.office;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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

/** Staff accounts. */
@RegisterRowMapper(StaffDao.StaffMapper.class)
public interface StaffDao {
    @SqlUpdate("INSERT INTO staff (name, role, active, created_at) VALUES (:name, :role, 1, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("role") Role role, @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT id, name, role, active FROM staff WHERE active = 1 ORDER BY id")
    List<Staff> listActive();

    @SqlQuery("SELECT id, name, role, active FROM staff WHERE id = :id")
    Optional<Staff> findById(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM staff")
    int count();

    /** Everyone who ever worked here: the active first, each group in the order they were added. */
    @SqlQuery("SELECT id, name, role, active FROM staff ORDER BY active DESC, id")
    List<Staff> listAll();

    @SqlUpdate("UPDATE staff SET name = :name WHERE id = :id")
    void rename(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("UPDATE staff SET role = :role WHERE id = :id")
    void changeRole(@Bind("id") long id, @Bind("role") Role role);

    @SqlUpdate("UPDATE staff SET active = :active WHERE id = :id")
    void setActive(@Bind("id") long id, @Bind("active") int active);

    @SqlUpdate("INSERT INTO staff_change (staff_id, field, before_value, after_value, changed_by, changed_at)"
            + " VALUES (:staffId, :field, :before, :after, :by, :at)")
    void insertChange(@Bind("staffId") long staffId, @Bind("field") String field, @Bind("before") String before,
            @Bind("after") String after, @Bind("by") Long changedBy, @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT c.id, c.staff_id, s.name AS staff_name, c.field, c.before_value, c.after_value,"
            + " b.name AS by_name, c.changed_at FROM staff_change c JOIN staff s ON s.id = c.staff_id"
            + " LEFT JOIN staff b ON b.id = c.changed_by ORDER BY c.changed_at DESC, c.id DESC")
    @RegisterRowMapper(ChangeMapper.class)
    List<StaffChange> changes();

    final class ChangeMapper implements RowMapper<StaffChange> {
        @Override
        public StaffChange map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StaffChange(rs.getLong("id"), rs.getLong("staff_id"), rs.getString("staff_name"),
                    rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"),
                    rs.getString("by_name"), Columns.time(rs, "changed_at"));
        }
    }

    final class StaffMapper implements RowMapper<Staff> {
        @Override
        public Staff map(ResultSet rs, StatementContext ctx) throws SQLException {
            return staff(rs);
        }

        /** The staff member in the current row of {@code id, name, role, active}. */
        static Staff staff(ResultSet rs) throws SQLException {
            return new Staff(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                    rs.getInt("active") == 1);
        }
    }
}
