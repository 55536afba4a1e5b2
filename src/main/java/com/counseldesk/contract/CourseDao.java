package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** The course catalogue and its prices over time. */
@RegisterRowMapper(CourseDao.CourseMapper.class)
interface CourseDao {
    /** Courses with their price on :day (the latest valid_from not after it; none before their first price). */
    String COURSE = "SELECT c.*, p.price_fen, p.valid_from FROM course c LEFT JOIN course_price p ON p.id ="
            + " (SELECT p2.id FROM course_price p2 WHERE p2.course_id = c.id AND p2.valid_from <= :day"
            + " ORDER BY p2.valid_from DESC, p2.id DESC LIMIT 1)";

    @SqlUpdate("INSERT INTO course (name, kind, subjects, class_hours, active, created_by, created_at)"
            + " VALUES (:name, :kind, :subjects, :hours, 1, :by, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("kind") CourseKind kind, @Bind("subjects") String subjects,
            @Bind("hours") int classHours, @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE course SET name = :name, kind = :kind, subjects = :subjects, class_hours = :hours"
            + " WHERE id = :id")
    int update(@Bind("id") long id, @Bind("name") String name, @Bind("kind") CourseKind kind,
            @Bind("subjects") String subjects, @Bind("hours") int classHours);

    @SqlUpdate("INSERT INTO course_price (course_id, valid_from, price_fen, set_by, set_at)"
            + " VALUES (:courseId, :from, :price, :by, :at)")
    void insertPrice(@Bind("courseId") long courseId, @Bind("from") LocalDate from, @Bind("price") long priceFen,
            @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE course SET active = :active WHERE id = :id")
    int setActive(@Bind("id") long id, @Bind("active") boolean active);

    @SqlQuery(COURSE + " ORDER BY c.active DESC, c.name")
    List<Course> all(@Bind("day") LocalDate day);

    @SqlQuery(COURSE + " WHERE c.id = :id")
    Optional<Course> find(@Bind("id") long id, @Bind("day") LocalDate day);

    @SqlQuery("SELECT id FROM course WHERE name = :name")
    Optional<Long> named(@Bind("name") String name);

    @SqlQuery("SELECT p.valid_from, p.price_fen, s.name AS set_by_name, p.set_at FROM course_price p"
            + " LEFT JOIN staff s ON s.id = p.set_by WHERE p.course_id = :courseId ORDER BY p.valid_from DESC, p.id DESC")
    @RegisterRowMapper(PriceMapper.class)
    List<CoursePrice> prices(@Bind("courseId") long courseId);

    final class CourseMapper implements RowMapper<Course> {
        @Override
        public Course map(ResultSet rs, StatementContext ctx) throws SQLException {
            long price = rs.getLong("price_fen");
            boolean priced = !rs.wasNull();
            return new Course(rs.getLong("id"), rs.getString("name"), CourseKind.valueOf(rs.getString("kind")),
                    Subjects.parse(rs.getString("subjects")), rs.getInt("class_hours"), priced ? Fen.of(price) : null,
                    Columns.date(rs, "valid_from"), rs.getInt("active") == 1);
        }
    }

    final class PriceMapper implements RowMapper<CoursePrice> {
        @Override
        public CoursePrice map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CoursePrice(Columns.date(rs, "valid_from"), Fen.of(rs.getLong("price_fen")),
                    rs.getString("set_by_name"), Columns.time(rs, "set_at"));
        }
    }
}
