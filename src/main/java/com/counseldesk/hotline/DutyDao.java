package com.counseldesk.hotline;

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
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The duty rotation's days, seats and turns. */
@RegisterRowMapper(DutyDao.SeatMapper.class)
@RegisterRowMapper(DutyDao.TurnMapper.class)
interface DutyDao {
    /** A day's stored state. */
    record DayRow(int nextPosition, int round) {
    }

    /** A seat with its counselor's name. */
    record SeatRow(long staffId, String name, int position, boolean absent) {
        DutySeat seat() {
            return new DutySeat(staffId, position, absent);
        }
    }

    /** How many turns of one kind a counselor had. */
    record Count(long staffId, String name, TurnKind kind, int count) {
    }

    @SqlQuery("SELECT next_position, turn_round FROM duty_day WHERE day = :day")
    @RegisterRowMapper(DayMapper.class)
    Optional<DayRow> day(@Bind("day") LocalDate day);

    /** The day's row, unless another PC made it a moment ago. */
    @SqlUpdate("INSERT INTO duty_day (day, next_position, turn_round, set_by, set_at) VALUES (:day, 1, 1, :by, :at)"
            + " ON CONFLICT (day) DO NOTHING")
    void insertDay(@Bind("day") LocalDate day, @Bind("by") Long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE duty_day SET next_position = :next, turn_round = :round WHERE day = :day")
    void moveDay(@Bind("day") LocalDate day, @Bind("next") int nextPosition, @Bind("round") int round);

    @SqlUpdate("UPDATE duty_day SET set_by = :by, set_at = :at WHERE day = :day")
    void arranged(@Bind("day") LocalDate day, @Bind("by") Long by, @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT s.staff_id, st.name, s.position, s.absent FROM duty_seat s JOIN staff st ON st.id = s.staff_id"
            + " WHERE s.day = :day AND s.removed = 0 ORDER BY s.position, s.staff_id")
    List<SeatRow> seats(@Bind("day") LocalDate day);

    /** Puts a counselor on the day's order at a position (back on it, if they were taken off). */
    @SqlUpdate("INSERT INTO duty_seat (day, staff_id, position, absent, removed, changed_by, changed_at)"
            + " VALUES (:day, :staffId, :position, :absent, 0, :by, :at)"
            + " ON CONFLICT (day, staff_id) DO UPDATE SET position = excluded.position, absent = excluded.absent,"
            + " removed = 0, changed_by = excluded.changed_by, changed_at = excluded.changed_at")
    void putSeat(@Bind("day") LocalDate day, @Bind("staffId") long staffId, @Bind("position") int position,
            @Bind("absent") boolean absent, @Bind("by") Long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE duty_seat SET removed = 1, changed_by = :by, changed_at = :at"
            + " WHERE day = :day AND staff_id = :staffId")
    void removeSeat(@Bind("day") LocalDate day, @Bind("staffId") long staffId, @Bind("by") Long by,
            @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO duty_turn (day, turn_round, staff_id, kind, taken_at)"
            + " VALUES (:day, :round, :staffId, :kind, :at)")
    @GetGeneratedKeys("id")
    long insertTurn(@Bind("day") LocalDate day, @Bind("round") int round, @Bind("staffId") long staffId,
            @Bind("kind") TurnKind kind, @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT t.*, s.name AS staff_name FROM duty_turn t JOIN staff s ON s.id = t.staff_id WHERE t.id = :id")
    Optional<TurnRow> turn(@Bind("id") long id);

    /** Records the call logged with a turn taken; 0 when the turn is not this person's or has its call already. */
    @SqlUpdate("UPDATE duty_turn SET call_id = :callId WHERE id = :id AND staff_id = :staffId AND kind = 'TAKEN'"
            + " AND call_id IS NULL")
    int linkCall(@Bind("id") long turnId, @Bind("staffId") long staffId, @Bind("callId") long callId);

    @SqlQuery("SELECT t.*, s.name AS staff_name FROM duty_turn t JOIN staff s ON s.id = t.staff_id"
            + " WHERE t.day = :day ORDER BY t.id")
    List<TurnRow> turnsOn(@Bind("day") LocalDate day);

    /** Whether the day's order was set, or a seat changed (away, back, added, taken off), after {@code at}. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM duty_seat WHERE day = :day AND changed_at > :at)"
            + " + (SELECT COUNT(*) FROM duty_day WHERE day = :day AND set_at > :at)")
    int changesAfter(@Bind("day") LocalDate day, @Bind("at") LocalDateTime at);

    /** Takes back the turns of a call picked up by mistake (see {@link DutyService#giveBack}). */
    @SqlUpdate("DELETE FROM duty_turn WHERE id IN (<ids>) AND call_id IS NULL")
    int forget(@BindList("ids") List<Long> ids);

    /** Each counselor's turns of each kind on the days from {@code from} up to, not including, {@code to}. */
    @SqlQuery("SELECT t.staff_id, s.name, t.kind, COUNT(*) AS n FROM duty_turn t JOIN staff s ON s.id = t.staff_id"
            + " WHERE t.day >= :from AND t.day < :to GROUP BY t.staff_id, s.name, t.kind ORDER BY t.staff_id")
    @RegisterRowMapper(CountMapper.class)
    List<Count> counts(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** The last day before this one that had an order (to propose it again). */
    @SqlQuery("SELECT MAX(day) FROM duty_day WHERE day < :day")
    Optional<LocalDate> dayBefore(@Bind("day") LocalDate day);

    final class DayMapper implements RowMapper<DayRow> {
        @Override
        public DayRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new DayRow(rs.getInt("next_position"), rs.getInt("turn_round"));
        }
    }

    final class SeatMapper implements RowMapper<SeatRow> {
        @Override
        public SeatRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SeatRow(rs.getLong("staff_id"), rs.getString("name"), rs.getInt("position"),
                    rs.getInt("absent") == 1);
        }
    }

    final class TurnMapper implements RowMapper<TurnRow> {
        @Override
        public TurnRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new TurnRow(rs.getLong("id"), Columns.date(rs, "day"), rs.getInt("turn_round"),
                    rs.getLong("staff_id"), rs.getString("staff_name"), TurnKind.valueOf(rs.getString("kind")),
                    Columns.nullableLong(rs, "call_id"), Columns.time(rs, "taken_at"));
        }
    }

    final class CountMapper implements RowMapper<Count> {
        @Override
        public Count map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Count(rs.getLong("staff_id"), rs.getString("name"), TurnKind.valueOf(rs.getString("kind")),
                    rs.getInt("n"));
        }
    }
}
