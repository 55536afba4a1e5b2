package com.counseldesk.consult;

import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The talk-track library (one text per step, per client type, per step and client type), and the
 * client-type tags read as the library needs them (as {@link TagDao} maps them; {@link TagService}
 * writes them).
 */
@RegisterRowMapper(TalkTrackDao.TrackMapper.class)
@RegisterRowMapper(TagDao.TagMapper.class)
interface TalkTrackDao {
    String TYPE = "SELECT t.* FROM client_tag t";

    /** A text of the library: for a step (1–10) or none, for a client type or none. */
    record TrackRow(long id, Integer step, Long tagId, String text) {
    }

    @SqlQuery("SELECT id, step, tag_id, text FROM talk_track WHERE tag_id IS NULL ORDER BY step, position, id")
    List<TrackRow> forEverySession();

    @SqlQuery("SELECT id, step, tag_id, text FROM talk_track WHERE tag_id IN (<tagIds>)"
            + " ORDER BY tag_id, step, position, id")
    List<TrackRow> forTypes(@BindList("tagIds") Collection<Long> tagIds);

    @SqlUpdate("INSERT INTO talk_track (step, tag_id, position, text, updated_by, updated_at)"
            + " VALUES (:step, :tagId, 0, :text, :by, :at)")
    void insert(@Bind("step") Integer step, @Bind("tagId") Long tagId, @Bind("text") String text,
            @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE talk_track SET text = :text, updated_by = :by, updated_at = :at WHERE id = :id")
    void update(@Bind("id") long id, @Bind("text") String text, @Bind("by") long by, @Bind("at") LocalDateTime at);

    /** The client types an office uses: the built-in four first, then its own, as they were added. */
    @SqlQuery(TYPE + " WHERE t.active = 1 ORDER BY CASE WHEN t.builtin IS NULL THEN 1 ELSE 0 END, t.id")
    List<ClientTag> activeTypes();

    @SqlQuery(TYPE + " WHERE t.id = :id")
    List<ClientTag> type(@Bind("id") long id);

    /** The client types a household carries now, in the order they were tagged. */
    @SqlQuery(TYPE + " JOIN household_tag ht ON ht.tag_id = t.id WHERE ht.household_id = :householdId"
            + " AND ht.removed_at IS NULL ORDER BY ht.tagged_at, ht.id")
    List<ClientTag> typesOf(@Bind("householdId") long householdId);

    final class TrackMapper implements RowMapper<TrackRow> {
        @Override
        public TrackRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            Long step = Columns.nullableLong(rs, "step");
            return new TrackRow(rs.getLong("id"), step == null ? null : step.intValue(),
                    Columns.nullableLong(rs, "tag_id"), rs.getString("text"));
        }
    }
}
