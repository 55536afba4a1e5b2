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
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Contracts, their courses, payments and history, and the contract numbers' sequences. */
interface ContractDao {
    /** A contract row with its student's and staff's names; {@code h} is its household (for the owner). */
    String CONTRACT = "SELECT c.*, st.name AS student_name, co.name AS counselor_name, cb.name AS created_by_name,"
            + " h.owner_id AS owner_id, ow.active AS owner_active"
            + " FROM contract c JOIN student st ON st.id = c.student_id JOIN staff co ON co.id = c.counselor_id"
            + " JOIN staff cb ON cb.id = c.created_by JOIN household h ON h.id = c.household_id"
            + " LEFT JOIN staff ow ON ow.id = h.owner_id";

    /** A contract as stored, without its courses, with its household's active owner (null: nobody's). */
    record ContractRow(Contract contract, Long activeOwnerId) {
    }

    @SqlUpdate("INSERT INTO contract (number, household_id, student_id, counselor_id, subjects, class_hours,"
            + " price_kind, unit_price_fen, price_fen, discount_kind, discount_percent, discount_fen, discount_reason,"
            + " due_fen, paid_fen, refunded_fen, signed_on, starts_on, status, remarks, created_by, created_at)"
            + " VALUES (:number, :householdId, :studentId, :counselorId, :subjects, :hours, :priceKind, :unitPrice,"
            + " :price, :discountKind, :percent, :discount, :reason, :due, 0, 0, :signedOn, :startsOn, 'ACTIVE',"
            + " :remarks, :by, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("number") String number, @Bind("householdId") long householdId,
            @Bind("studentId") long studentId, @Bind("counselorId") long counselorId,
            @Bind("subjects") String subjects, @Bind("hours") int classHours, @Bind("priceKind") PriceKind priceKind,
            @Bind("unitPrice") Long unitPriceFen, @Bind("price") long priceFen,
            @Bind("discountKind") DiscountKind discountKind, @Bind("percent") Integer percentHundredths,
            @Bind("discount") long discountFen, @Bind("reason") String discountReason, @Bind("due") long dueFen,
            @Bind("signedOn") LocalDate signedOn, @Bind("startsOn") LocalDate startsOn,
            @Bind("remarks") String remarks, @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO contract_course (contract_id, position, course_id, name, class_hours, price_fen)"
            + " VALUES (:contractId, :position, :courseId, :name, :hours, :price)")
    void insertCourse(@Bind("contractId") long contractId, @Bind("position") int position,
            @Bind("courseId") long courseId, @Bind("name") String name, @Bind("hours") int classHours,
            @Bind("price") long priceFen);

    @SqlUpdate("INSERT INTO payment (contract_id, kind, method, amount_fen, receipt_no, paid_on, taken_by, created_at)"
            + " VALUES (:contractId, :kind, :method, :amount, :receipt, :paidOn, :by, :at)")
    @GetGeneratedKeys("id")
    long insertPayment(@Bind("contractId") long contractId, @Bind("kind") PaymentKind kind,
            @Bind("method") PayMethod method, @Bind("amount") long amountFen, @Bind("receipt") String receiptNo,
            @Bind("paidOn") LocalDate paidOn, @Bind("by") long by, @Bind("at") LocalDateTime at);

    @SqlUpdate("INSERT INTO contract_event (contract_id, at, staff_id, action, amount_fen, payment_id, approved_by,"
            + " reason) VALUES (:contractId, :at, :by, :action, :amount, :paymentId, :approvedBy, :reason)")
    void insertEvent(@Bind("contractId") long contractId, @Bind("at") LocalDateTime at, @Bind("by") long by,
            @Bind("action") EventAction action, @Bind("amount") Long amountFen, @Bind("paymentId") Long paymentId,
            @Bind("approvedBy") Long approvedBy, @Bind("reason") String reason);

    /**
     * Adds to what was paid and refunded, while the contract is in {@code status}; 0 rows when it is not
     * (another PC closed it a moment ago).
     */
    @SqlUpdate("UPDATE contract SET paid_fen = paid_fen + :paid, refunded_fen = refunded_fen + :refunded"
            + " WHERE id = :id AND status = 'ACTIVE'")
    int addMoney(@Bind("id") long id, @Bind("paid") long paidFen, @Bind("refunded") long refundedFen);

    /** Moves an active contract to {@code status}; 0 when it is not active any more. */
    @SqlUpdate("UPDATE contract SET status = :status WHERE id = :id AND status = 'ACTIVE'")
    int close(@Bind("id") long id, @Bind("status") ContractStatus status);

    @SqlQuery(CONTRACT + " WHERE c.id = :id")
    @RegisterRowMapper(ContractMapper.class)
    Optional<ContractRow> find(@Bind("id") long id);

    @SqlQuery(CONTRACT + " WHERE c.household_id = :householdId ORDER BY c.signed_on DESC, c.id DESC")
    @RegisterRowMapper(ContractMapper.class)
    List<ContractRow> ofHousehold(@Bind("householdId") long householdId);

    @SqlQuery("SELECT contract_id, course_id, name, class_hours, price_fen FROM contract_course"
            + " WHERE contract_id IN (<ids>) ORDER BY contract_id, position")
    @RegisterRowMapper(CourseLineMapper.class)
    List<CourseLine> coursesOf(@BindList("ids") List<Long> contractIds);

    /** A course of a contract, with the contract it belongs to. */
    record CourseLine(long contractId, ContractCourse course) {
    }

    @SqlQuery("SELECT p.*, s.name AS taken_by_name FROM payment p JOIN staff s ON s.id = p.taken_by"
            + " WHERE p.contract_id = :contractId ORDER BY p.id")
    @RegisterRowMapper(PaymentMapper.class)
    List<Payment> payments(@Bind("contractId") long contractId);

    @SqlQuery("SELECT p.*, s.name AS taken_by_name FROM payment p JOIN staff s ON s.id = p.taken_by"
            + " WHERE p.id = :id")
    @RegisterRowMapper(PaymentMapper.class)
    Optional<Payment> payment(@Bind("id") long id);

    /** Contract history rows (oldest first) of these contracts, with the names and the payment's receipt. */
    @SqlQuery("SELECT e.*, s.name AS staff_name, a.name AS approved_by_name, p.receipt_no FROM contract_event e"
            + " JOIN staff s ON s.id = e.staff_id LEFT JOIN staff a ON a.id = e.approved_by"
            + " LEFT JOIN payment p ON p.id = e.payment_id WHERE e.contract_id IN (<ids>) ORDER BY e.contract_id, e.id")
    @RegisterRowMapper(EventMapper.class)
    List<ContractEvent> history(@BindList("ids") List<Long> contractIds);

    @SqlQuery("SELECT COUNT(*) FROM contract WHERE number = :number")
    int numberCount(@Bind("number") String number);

    @SqlQuery("SELECT COUNT(*) FROM payment WHERE receipt_no = :receipt")
    int receiptCount(@Bind("receipt") String receiptNo);

    @SqlQuery("SELECT last_seq FROM contract_number_seq WHERE period = :period")
    Optional<Integer> lastSeq(@Bind("period") String period);

    @SqlUpdate("INSERT INTO contract_number_seq (period, last_seq) VALUES (:period, :seq)"
            + " ON CONFLICT (period) DO UPDATE SET last_seq = excluded.last_seq")
    void setLastSeq(@Bind("period") String period, @Bind("seq") int seq);

    final class ContractMapper implements RowMapper<ContractRow> {
        @Override
        public ContractRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            Long unit = Columns.nullableLong(rs, "unit_price_fen");
            Integer percent = rs.getObject("discount_percent") == null ? null : rs.getInt("discount_percent");
            Terms terms = new Terms(rs.getInt("class_hours"), PriceKind.valueOf(rs.getString("price_kind")),
                    unit == null ? null : Fen.of(unit), Fen.of(rs.getLong("price_fen")),
                    DiscountKind.valueOf(rs.getString("discount_kind")), Terms.percentOf(percent),
                    Fen.of(rs.getLong("discount_fen")), rs.getString("discount_reason"), Fen.of(rs.getLong("due_fen")));
            Contract c = new Contract(rs.getLong("id"), rs.getString("number"), rs.getLong("household_id"),
                    rs.getLong("student_id"), rs.getString("student_name"), rs.getLong("counselor_id"),
                    rs.getString("counselor_name"), List.of(), Subjects.parse(rs.getString("subjects")), terms,
                    Fen.of(rs.getLong("paid_fen")), Fen.of(rs.getLong("refunded_fen")), Columns.date(rs, "signed_on"),
                    Columns.date(rs, "starts_on"), ContractStatus.valueOf(rs.getString("status")),
                    rs.getString("remarks"), rs.getString("created_by_name"), Columns.time(rs, "created_at"));
            Long owner = Columns.nullableLong(rs, "owner_id");
            boolean ownerActive = rs.getInt("owner_active") == 1;
            return new ContractRow(c, owner != null && ownerActive ? owner : null);
        }
    }

    final class CourseLineMapper implements RowMapper<CourseLine> {
        @Override
        public CourseLine map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CourseLine(rs.getLong("contract_id"), new ContractCourse(rs.getLong("course_id"),
                    rs.getString("name"), rs.getInt("class_hours"), Fen.of(rs.getLong("price_fen"))));
        }
    }

    final class PaymentMapper implements RowMapper<Payment> {
        @Override
        public Payment map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Payment(rs.getLong("id"), rs.getLong("contract_id"), PaymentKind.valueOf(rs.getString("kind")),
                    PayMethod.valueOf(rs.getString("method")), Fen.of(rs.getLong("amount_fen")),
                    rs.getString("receipt_no"), Columns.date(rs, "paid_on"), rs.getLong("taken_by"),
                    rs.getString("taken_by_name"), Columns.time(rs, "created_at"));
        }
    }

    final class EventMapper implements RowMapper<ContractEvent> {
        @Override
        public ContractEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            Long amount = Columns.nullableLong(rs, "amount_fen");
            return new ContractEvent(rs.getLong("id"), rs.getLong("contract_id"), Columns.time(rs, "at"),
                    rs.getString("staff_name"), EventAction.valueOf(rs.getString("action")),
                    amount == null ? null : Fen.of(amount), rs.getString("receipt_no"),
                    rs.getString("approved_by_name"), rs.getString("reason"));
        }
    }
}
