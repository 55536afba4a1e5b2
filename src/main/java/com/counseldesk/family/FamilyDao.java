package com.counseldesk.family;

import com.counseldesk.common.Phone;
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

/** Families (clients). The phone is unique: one family per number. */
@RegisterRowMapper(FamilyDao.FamilyMapper.class)
@RegisterRowMapper(FamilyDao.FamilyCardMapper.class)
public interface FamilyDao {
    String CARD = "SELECT f.*, s.name AS owner_name, s.active AS owner_active,"
            + " (SELECT MAX(v.arrived_at) FROM visit v WHERE v.family_id = f.id) AS last_contact_at,"
            + " (SELECT COUNT(*) FROM visit v WHERE v.family_id = f.id) AS visit_count"
            + " FROM family f LEFT JOIN staff s ON s.id = f.owner_id";

    @SqlUpdate("INSERT INTO family (student_name, gender, grade, school, parent_name, parent_relation, phone,"
            + " channel, referred_by, owner_id, stage, created_at, created_by)"
            + " VALUES (:studentName, :gender, :grade, :school, :parentName, :relation, :phone,"
            + " :channel, :referredBy, :ownerId, :stage, :at, :by)")
    @GetGeneratedKeys("id")
    long insert(@Bind("studentName") String studentName, @Bind("gender") Gender gender, @Bind("grade") Grade grade,
            @Bind("school") String school, @Bind("parentName") String parentName,
            @Bind("relation") Relation relation, @Bind("phone") Phone phone, @Bind("channel") Channel channel,
            @Bind("referredBy") Long referredBy, @Bind("ownerId") Long ownerId, @Bind("stage") Stage stage,
            @Bind("at") LocalDateTime at, @Bind("by") Long by);

    @SqlUpdate("UPDATE family SET student_name = :studentName, gender = :gender, grade = :grade, school = :school,"
            + " parent_name = :parentName, parent_relation = :relation WHERE id = :id")
    int updateDetails(@Bind("id") long id, @Bind("studentName") String studentName, @Bind("gender") Gender gender,
            @Bind("grade") Grade grade, @Bind("school") String school, @Bind("parentName") String parentName,
            @Bind("relation") Relation relation);

    @SqlUpdate("UPDATE family SET owner_id = :ownerId, stage = :stage WHERE id = :id")
    int updateOwnerAndStage(@Bind("id") long id, @Bind("ownerId") long ownerId, @Bind("stage") Stage stage);

    @SqlQuery("SELECT * FROM family WHERE id = :id")
    Optional<Family> findById(@Bind("id") long id);

    @SqlQuery(CARD + " WHERE f.phone = :phone")
    Optional<FamilyCard> findCardByPhone(@Bind("phone") Phone phone);

    @SqlQuery(CARD + " WHERE f.id = :id")
    Optional<FamilyCard> findCardById(@Bind("id") long id);

    /** Families whose phone starts with the digits typed so far, for suggestions. */
    @SqlQuery(CARD + " WHERE f.phone >= :prefix AND f.phone < :upper ORDER BY f.phone LIMIT :limit")
    List<FamilyCard> findCardsByPhonePrefix(@Bind("prefix") String prefix, @Bind("upper") String upper,
            @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM family")
    long count();

    final class FamilyMapper implements RowMapper<Family> {
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
                    Columns.nullableLong(rs, "referred_by"),
                    Columns.nullableLong(rs, "owner_id"),
                    Stage.valueOf(rs.getString("stage")),
                    Columns.time(rs, "created_at"),
                    Columns.nullableLong(rs, "created_by"));
        }
    }

    final class FamilyCardMapper implements RowMapper<FamilyCard> {
        private final FamilyMapper family = new FamilyMapper();

        @Override
        public FamilyCard map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FamilyCard(family.map(rs, ctx), rs.getString("owner_name"), rs.getInt("owner_active") == 1,
                    Columns.time(rs, "last_contact_at"), rs.getInt("visit_count"));
        }
    }
}
