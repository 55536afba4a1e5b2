package com.counseldesk.consult;

import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** The office's client-type tags and the tags on households (with who put them on or took them off, and when). */
@RegisterRowMapper(TagDao.TagMapper.class)
@RegisterRowMapper(TagDao.TagRowMapper.class)
interface TagDao {
    String TAG = "SELECT id, builtin, name, colour, signs, mistakes, strategy, active FROM client_tag";

    /** One row of household_tag: a tag put on a household, and taken off again when {@code removedAt} is set. */
    record TagRow(long id, long householdId, long tagId, String taggedBy, LocalDateTime taggedAt, String removedBy,
            LocalDateTime removedAt) {
    }

    /** The built-in types first, then the office's own in the order they were added. */
    @SqlQuery(TAG + " ORDER BY CASE WHEN builtin IS NULL THEN 1 ELSE 0 END, id")
    List<ClientTag> all();

    @SqlQuery(TAG + " WHERE id = :id")
    Optional<ClientTag> find(@Bind("id") long id);

    /** Tags whose name is this one, in either case, but for {@code except} (-1: none). */
    @SqlQuery("SELECT COUNT(*) FROM client_tag WHERE LOWER(name) = LOWER(:name) AND id <> :except")
    int named(@Bind("name") String name, @Bind("except") long except);

    @SqlUpdate("INSERT INTO client_tag (name, colour, signs, mistakes, strategy, active, created_by, created_at)"
            + " VALUES (:name, :colour, :signs, :mistakes, :strategy, 1, :by, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("colour") String colour, @Bind("signs") String signs,
            @Bind("mistakes") String mistakes, @Bind("strategy") String strategy, @Bind("by") long by,
            @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE client_tag SET name = :name, colour = :colour, signs = :signs, mistakes = :mistakes,"
            + " strategy = :strategy WHERE id = :id")
    int update(@Bind("id") long id, @Bind("name") String name, @Bind("colour") String colour,
            @Bind("signs") String signs, @Bind("mistakes") String mistakes, @Bind("strategy") String strategy);

    @SqlUpdate("UPDATE client_tag SET active = :active WHERE id = :id")
    int setActive(@Bind("id") long id, @Bind("active") boolean active);

    /** Every tag the household carries or carried, in the order they were put on. */
    @SqlQuery("SELECT ht.*, a.name AS tagged_by_name, r.name AS removed_by_name FROM household_tag ht"
            + " LEFT JOIN staff a ON a.id = ht.tagged_by LEFT JOIN staff r ON r.id = ht.removed_by"
            + " WHERE ht.household_id = :householdId ORDER BY ht.tagged_at, ht.id")
    List<TagRow> rowsOf(@Bind("householdId") long householdId);

    @SqlUpdate("INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at)"
            + " VALUES (:householdId, :tagId, :by, :at)")
    void tag(@Bind("householdId") long householdId, @Bind("tagId") long tagId, @Bind("by") long by,
            @Bind("at") LocalDateTime at);

    /** Takes the tag off: the row stays, with who took it off and when. */
    @SqlUpdate("UPDATE household_tag SET removed_by = :by, removed_at = :at"
            + " WHERE household_id = :householdId AND tag_id = :tagId AND removed_at IS NULL")
    int untag(@Bind("householdId") long householdId, @Bind("tagId") long tagId, @Bind("by") long by,
            @Bind("at") LocalDateTime at);

    final class TagMapper implements RowMapper<ClientTag> {
        @Override
        public ClientTag map(ResultSet rs, StatementContext ctx) throws SQLException {
            String builtin = rs.getString("builtin");
            return new ClientTag(rs.getLong("id"), builtin == null ? null : ClientType.valueOf(builtin),
                    rs.getString("name"), rs.getString("colour"), rs.getString("signs"), rs.getString("mistakes"),
                    rs.getString("strategy"), rs.getInt("active") == 1);
        }
    }

    final class TagRowMapper implements RowMapper<TagRow> {
        @Override
        public TagRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new TagRow(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("tag_id"),
                    rs.getString("tagged_by_name"), Columns.time(rs, "tagged_at"), rs.getString("removed_by_name"),
                    Columns.time(rs, "removed_at"));
        }
    }
}
