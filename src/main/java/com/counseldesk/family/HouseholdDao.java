package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Households, their students, contacts, phones, search terms and change history. Only family's code uses it. */
@RegisterRowMapper(HouseholdDao.HouseholdRowMapper.class)
@RegisterRowMapper(HouseholdDao.StudentMapper.class)
@RegisterRowMapper(HouseholdDao.ContactRowMapper.class)
@RegisterRowMapper(HouseholdDao.PhoneRowMapper.class)
@RegisterRowMapper(HouseholdDao.ChangeMapper.class)
interface HouseholdDao {
    String HOUSEHOLD = "SELECT h.*, s.name AS owner_name, COALESCE(s.active, 0) AS owner_active"
            + " FROM household h LEFT JOIN staff s ON s.id = h.owner_id";

    /** A household row with its owner's name, before its people are attached. */
    record HouseholdRow(Household household, String ownerName, boolean ownerActive) {
    }

    /** A contact row; phones come from their own query. */
    record ContactRow(long id, long householdId, String name, Relation relation, boolean main) {
    }

    /** A phone row. */
    record PhoneRow(long id, long householdId, long contactId, Phone phone, boolean main) {
    }

    @SqlUpdate("INSERT INTO household (owner_id, channel, referred_by, district, first_contact_at, last_contact_at,"
            + " created_at, created_by) VALUES (:ownerId, :channel, :referredBy, :district, :at, NULL, :at, :by)")
    @GetGeneratedKeys("id")
    long insertHousehold(@Bind("ownerId") Long ownerId, @Bind("channel") Channel channel,
            @Bind("referredBy") Long referredBy, @Bind("district") String district, @Bind("at") LocalDateTime at,
            @Bind("by") Long by);

    @SqlUpdate("INSERT INTO student (household_id, name, gender, grade, grade_year, school, stage, created_at)"
            + " VALUES (:householdId, :name, :gender, :grade, :gradeYear, :school, :stage, :at)")
    @GetGeneratedKeys("id")
    long insertStudent(@Bind("householdId") long householdId, @Bind("name") String name,
            @Bind("gender") Gender gender, @Bind("grade") Grade grade, @Bind("gradeYear") int gradeYear,
            @Bind("school") String school, @Bind("stage") Stage stage, @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO contact (household_id, name, relation, is_main, created_at)"
            + " VALUES (:householdId, :name, :relation, :main, :at)")
    @GetGeneratedKeys("id")
    long insertContact(@Bind("householdId") long householdId, @Bind("name") String name,
            @Bind("relation") Relation relation, @Bind("main") boolean main, @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO phone (household_id, contact_id, number, extension, number_rev, is_main, active, created_at)"
            + " VALUES (:householdId, :contactId, :number, :extension, :numberRev, :main, 1, :at)")
    @GetGeneratedKeys("id")
    long insertPhone(@Bind("householdId") long householdId, @Bind("contactId") long contactId,
            @Bind("number") String number, @Bind("extension") String extension, @Bind("numberRev") String numberRev,
            @Bind("main") boolean main, @Bind("at") LocalDateTime at);

    @SqlQuery(HOUSEHOLD + " WHERE h.id IN (<ids>)")
    List<HouseholdRow> households(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT * FROM student WHERE household_id IN (<ids>) ORDER BY household_id, id")
    List<Student> studentsOf(@BindList("ids") Collection<Long> householdIds);

    @SqlQuery("SELECT * FROM contact WHERE household_id IN (<ids>) ORDER BY household_id, is_main DESC, id")
    List<ContactRow> contactsOf(@BindList("ids") Collection<Long> householdIds);

    @SqlQuery("SELECT * FROM phone WHERE household_id IN (<ids>) AND active = 1 ORDER BY contact_id, is_main DESC, id")
    List<PhoneRow> phonesOf(@BindList("ids") Collection<Long> householdIds);

    @SqlQuery("SELECT household_id FROM phone WHERE number = :number AND active = 1")
    Optional<Long> householdWithNumber(@Bind("number") String number);

    @SqlQuery("SELECT * FROM phone WHERE number = :number AND active = 1")
    Optional<PhoneRow> activePhone(@Bind("number") String number);

    @SqlQuery("SELECT * FROM phone WHERE id = :id")
    Optional<PhoneRow> phone(@Bind("id") long id);

    /** Households one of whose numbers starts with the digits typed, in number order. */
    @SqlQuery("SELECT household_id FROM phone WHERE active = 1 AND number >= :prefix AND number < :upper"
            + " ORDER BY number LIMIT :limit")
    List<Long> householdsByNumberPrefix(@Bind("prefix") String prefix, @Bind("upper") String upper,
            @Bind("limit") int limit);

    @SqlQuery("SELECT DISTINCT household_id FROM contact WHERE name = :name ORDER BY household_id DESC LIMIT :limit")
    List<Long> householdsWithContactNamed(@Bind("name") String name, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM student WHERE id = :id")
    Optional<Student> student(@Bind("id") long id);

    @SqlQuery("SELECT * FROM contact WHERE id = :id")
    Optional<ContactRow> contact(@Bind("id") long id);

    @SqlUpdate("UPDATE student SET name = :name, gender = :gender, grade = :grade, grade_year = :gradeYear,"
            + " school = :school WHERE id = :id")
    int updateStudent(@Bind("id") long id, @Bind("name") String name, @Bind("gender") Gender gender,
            @Bind("grade") Grade grade, @Bind("gradeYear") int gradeYear, @Bind("school") String school);

    @SqlUpdate("UPDATE student SET stage = :stage WHERE id = :id")
    int updateStage(@Bind("id") long id, @Bind("stage") Stage stage);

    @SqlUpdate("UPDATE contact SET name = :name, relation = :relation WHERE id = :id")
    int updateContact(@Bind("id") long id, @Bind("name") String name, @Bind("relation") Relation relation);

    @SqlUpdate("UPDATE contact SET is_main = CASE WHEN id = :id THEN 1 ELSE 0 END WHERE household_id = :householdId")
    int markMainContact(@Bind("householdId") long householdId, @Bind("id") long contactId);

    @SqlUpdate("UPDATE phone SET active = 0, is_main = 0 WHERE id = :id")
    int deactivatePhone(@Bind("id") long id);

    @SqlUpdate("UPDATE phone SET is_main = CASE WHEN id = :id THEN 1 ELSE 0 END WHERE contact_id = :contactId")
    int markMainPhone(@Bind("contactId") long contactId, @Bind("id") long phoneId);

    @SqlUpdate("UPDATE household SET owner_id = :ownerId WHERE id = :id")
    int updateOwner(@Bind("id") long id, @Bind("ownerId") Long ownerId);

    @SqlUpdate("UPDATE household SET last_contact_at = :at WHERE id = :id"
            + " AND (last_contact_at IS NULL OR last_contact_at < :at)")
    int touchLastContact(@Bind("id") long id, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE household SET district = :district WHERE id = :id")
    int updateDistrict(@Bind("id") long id, @Bind("district") String district);

    @SqlQuery("SELECT id FROM household WHERE referred_by = :id ORDER BY id")
    List<Long> referredBy(@Bind("id") long householdId);

    @SqlQuery("SELECT COUNT(*) FROM household WHERE id = :id")
    int exists(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM household")
    long count();

    // --- search terms -------------------------------------------------------------------------

    @SqlBatch("DELETE FROM search_term WHERE term = :text AND household_id = :householdId")
    void deleteTerms(@Bind("householdId") long householdId, @BindMethods Collection<SearchTerm> terms);

    @SqlBatch("INSERT INTO search_term (term, household_id, weight) VALUES (:text, :householdId, :weight)")
    void insertTerms(@Bind("householdId") long householdId, @BindMethods Collection<SearchTerm> terms);

    // --- change history -----------------------------------------------------------------------

    @SqlUpdate("INSERT INTO change_log (household_id, entity, entity_id, field, before_value, after_value, reason,"
            + " staff_id, changed_at) VALUES (:householdId, :entity, :entityId, :field, :before, :after, :reason,"
            + " :staffId, :at)")
    void insertChange(@Bind("householdId") long householdId, @Bind("entity") String entity,
            @Bind("entityId") long entityId, @Bind("field") String field, @Bind("before") String before,
            @Bind("after") String after, @Bind("reason") String reason, @Bind("staffId") Long staffId,
            @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT c.*, s.name AS staff_name FROM change_log c LEFT JOIN staff s ON s.id = c.staff_id"
            + " WHERE c.household_id = :id ORDER BY c.changed_at DESC, c.id DESC")
    List<Change> changes(@Bind("id") long householdId);

    final class HouseholdRowMapper implements RowMapper<HouseholdRow> {
        @Override
        public HouseholdRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            Household h = new Household(rs.getLong("id"), Columns.nullableLong(rs, "owner_id"),
                    Channel.valueOf(rs.getString("channel")), Columns.nullableLong(rs, "referred_by"),
                    rs.getString("district"), Columns.time(rs, "first_contact_at"),
                    Columns.time(rs, "last_contact_at"), Columns.time(rs, "created_at"),
                    Columns.nullableLong(rs, "created_by"));
            return new HouseholdRow(h, rs.getString("owner_name"), rs.getInt("owner_active") == 1);
        }
    }

    final class StudentMapper implements RowMapper<Student> {
        @Override
        public Student map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Student(rs.getLong("id"), rs.getLong("household_id"), rs.getString("name"),
                    Gender.valueOf(rs.getString("gender")), Grade.valueOf(rs.getString("grade")),
                    rs.getInt("grade_year"), rs.getString("school"), Stage.valueOf(rs.getString("stage")));
        }
    }

    final class ContactRowMapper implements RowMapper<ContactRow> {
        @Override
        public ContactRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ContactRow(rs.getLong("id"), rs.getLong("household_id"), rs.getString("name"),
                    Relation.valueOf(rs.getString("relation")), rs.getInt("is_main") == 1);
        }
    }

    final class PhoneRowMapper implements RowMapper<PhoneRow> {
        @Override
        public PhoneRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            String ext = rs.getString("extension");
            String number = rs.getString("number") + (ext == null || ext.isEmpty() ? "" : "#" + ext);
            return new PhoneRow(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("contact_id"),
                    new Phone(number), rs.getInt("is_main") == 1);
        }
    }

    final class ChangeMapper implements RowMapper<Change> {
        @Override
        public Change map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Change(rs.getLong("id"), rs.getLong("household_id"), rs.getString("entity"),
                    rs.getLong("entity_id"), rs.getString("field"), rs.getString("before_value"),
                    rs.getString("after_value"), rs.getString("reason"), Columns.nullableLong(rs, "staff_id"),
                    rs.getString("staff_name"), Columns.time(rs, "changed_at"));
        }
    }
}
