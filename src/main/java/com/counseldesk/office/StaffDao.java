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
