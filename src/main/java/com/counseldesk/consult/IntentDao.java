package com.counseldesk.consult;

import com.counseldesk.family.Intent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The students' intent levels (student.intent); the history of each change is the household's change log. */
@RegisterRowMapper(IntentDao.StudentRowMapper.class)
interface IntentDao {
    /** A student's household and intent level. */
    record StudentRow(long id, long householdId, Intent intent) {
    }

    @SqlQuery("SELECT id, household_id, intent FROM student WHERE id = :id")
    Optional<StudentRow> student(@Bind("id") long studentId);

    @SqlQuery("SELECT id, household_id, intent FROM student WHERE household_id = :householdId ORDER BY id")
    List<StudentRow> studentsOf(@Bind("householdId") long householdId);

    @SqlUpdate("UPDATE student SET intent = :intent WHERE id = :id")
    int setIntent(@Bind("id") long studentId, @Bind("intent") Intent intent);

    final class StudentRowMapper implements RowMapper<StudentRow> {
        @Override
        public StudentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            String intent = rs.getString("intent");
            return new StudentRow(rs.getLong("id"), rs.getLong("household_id"),
                    intent == null ? null : Intent.valueOf(intent));
        }
    }
}
