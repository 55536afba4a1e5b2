package com.counseldesk.report;

/**
 * The figures of the monthly report, each counted one way only: by its SQL here. The workbook's
 * sheets, the dashboard and the definitions sheet all read these (through {@link Figures}); the words
 * of each, and the line saying how it is counted, are in the bundles as {@code figure.<NAME>} and
 * {@code figure.<NAME>.def}.
 *
 * <p>Every query has the bounds {@code :from} and {@code :to} of a {@link Month}. A figure says which
 * of its columns stand for the counselor credited, the channel, the household and the student, so
 * that the same count can be broken down by counselor, channel, client type or intent level.
 */
public enum Figure {
    NEW_HOUSEHOLDS(Kind.COUNT, "household h",
            "h.first_contact_at >= :from AND h.first_contact_at < :to",
            "COUNT(DISTINCT h.id)", null, "h.owner_id", "h.channel", "h.id", null),
    CALLS_IN(Kind.COUNT, "call c",
            "c.kind = 'INBOUND' AND c.started_at >= :from AND c.started_at < :to",
            "COUNT(*)", null, "c.taken_by", null, null, null),
    CALLS_OUT(Kind.COUNT, "call c",
            "c.kind IN ('COLD', 'FOLLOW_UP') AND c.started_at >= :from AND c.started_at < :to",
            "COUNT(*)", null, "c.taken_by", null, null, null),
    VISITS_BOOKED(Kind.COUNT, "appointment a JOIN household h ON h.id = a.household_id",
            "a.booked_at >= :from AND a.booked_at < :to",
            "COUNT(*)", null, "a.counselor_id", "h.channel", "a.household_id", "a.student_id"),
    VISITS(Kind.COUNT, "visit v",
            "v.status <> 'VOID' AND v.arrived_at >= :from AND v.arrived_at < :to",
            "COUNT(*)", null, "v.counselor_id", "v.channel", "v.household_id", null),
    SHOW_RATE(Kind.RATE, "appointment a JOIN household h ON h.id = a.household_id",
            "a.status IN ('ARRIVED', 'NO_SHOW') AND a.starts_at >= :from AND a.starts_at < :to",
            "SUM(CASE WHEN a.status = 'ARRIVED' THEN 1 ELSE 0 END)", "COUNT(*)",
            "a.counselor_id", "h.channel", "a.household_id", "a.student_id"),
    CONTRACTS(Kind.COUNT, "contract k JOIN household h ON h.id = k.household_id",
            Sql.SIGNED_IN_MONTH, "COUNT(*)", null, "k.counselor_id", "h.channel", "k.household_id", "k.student_id"),
    AMOUNT_SIGNED(Kind.MONEY, "contract k JOIN household h ON h.id = k.household_id",
            Sql.SIGNED_IN_MONTH, "SUM(k.due_fen)", null, "k.counselor_id", "h.channel", "k.household_id",
            "k.student_id"),
    RECEIVED(Kind.MONEY, Sql.PAYMENTS,
            "p.kind <> 'REFUND' AND p.paid_on >= :from AND p.paid_on < :to",
            "SUM(p.amount_fen)", null, "k.counselor_id", "h.channel", "k.household_id", "k.student_id"),
    REFUNDED(Kind.MONEY, Sql.PAYMENTS,
            "p.kind = 'REFUND' AND p.paid_on >= :from AND p.paid_on < :to",
            "SUM(p.amount_fen)", null, "k.counselor_id", "h.channel", "k.household_id", "k.student_id"),
    TURNS_TAKEN(Kind.COUNT, "duty_turn t",
            "t.kind = 'TAKEN' AND t.day >= :from AND t.day < :to",
            "COUNT(*)", null, "t.staff_id", null, null, null),
    TURNS_SKIPPED(Kind.COUNT, "duty_turn t",
            "t.kind IN ('SKIPPED', 'PASSED') AND t.day >= :from AND t.day < :to",
            "COUNT(*)", null, "t.staff_id", null, null, null),
    NOTES(Kind.COUNT, "note n JOIN household h ON h.id = n.household_id",
            "n.session_at >= :from AND n.session_at < :to",
            "COUNT(*)", null, "n.author_id", "h.channel", "n.household_id", null),
    FOLLOW_UPS_DONE(Kind.COUNT, "follow_up f",
            "f.done_at >= :from AND f.done_at < :to",
            "COUNT(*)", null, "f.owner_id", null, null, null),
    FOLLOW_UPS_OVERDUE(Kind.COUNT, "follow_up f",
            "f.due_at >= :from AND f.due_at < :to AND (f.done_at IS NULL OR f.done_at >= :to)",
            "COUNT(*)", null, "f.owner_id", null, null, null),
    CALL_TO_VISIT(Kind.RATE, "call c JOIN household h ON h.id = c.household_id",
            "c.started_at >= :from AND c.started_at < :to",
            "COUNT(DISTINCT CASE WHEN c.household_id IN (" + Sql.VISITED + ") THEN c.household_id END)",
            "COUNT(DISTINCT c.household_id)", "c.taken_by", "h.channel", "c.household_id", null),
    VISIT_TO_CONTRACT(Kind.RATE, "visit v",
            "v.status <> 'VOID' AND v.arrived_at >= :from AND v.arrived_at < :to",
            "COUNT(DISTINCT CASE WHEN v.household_id IN (" + Sql.SIGNED + ") THEN v.household_id END)",
            "COUNT(DISTINCT v.household_id)", "v.counselor_id", "v.channel", "v.household_id", null),
    LEAD_TO_CONTRACT(Kind.RATE, "household h",
            "h.first_contact_at >= :from AND h.first_contact_at < :to",
            "COUNT(DISTINCT CASE WHEN h.id IN (" + Sql.SIGNED + ") THEN h.id END)",
            "COUNT(DISTINCT h.id)", "h.owner_id", "h.channel", "h.id", null);

    /** How a figure's value is shown: a number, an amount of money in fen, or a share of a base. */
    public enum Kind { COUNT, MONEY, RATE }

    private final Kind kind;
    private final String tables;
    private final String where;
    private final String value;
    private final String base;
    private final String counselor;
    private final String channel;
    private final String household;
    private final String student;

    Figure(Kind kind, String tables, String where, String value, String base, String counselor, String channel,
            String household, String student) {
        this.kind = kind;
        this.tables = tables;
        this.where = where;
        this.value = value;
        this.base = base;
        this.counselor = counselor;
        this.channel = channel;
        this.household = household;
        this.student = student;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this figure can be broken down by {@code by}. */
    public boolean splits(Breakdown by) {
        return switch (by) {
            case OFFICE -> true;
            case COUNSELOR -> counselor != null;
            case CHANNEL -> channel != null;
            // A household has several tags and students: only a count of distinct rows or one per
            // student stays true when they are joined.
            case CLIENT_TAG, INTENT -> household != null && (student != null || value.contains("DISTINCT"));
            case DAY -> true;
            case DAY_CHANNEL -> channel != null;
        };
    }

    /**
     * The query of this figure broken down by {@code by}: rows of (key, value, base); the office's
     * total has one row and a null key.
     */
    String sql(Breakdown by) {
        if (!splits(by)) {
            throw new IllegalArgumentException(this + " has no " + by);
        }
        String key = switch (by) {
            case OFFICE -> "NULL";
            case COUNSELOR -> counselor;
            case CHANNEL -> channel;
            case CLIENT_TAG -> "ht.tag_id";
            case INTENT -> "s.intent";
            case DAY -> "SUBSTR(" + timeColumn() + ", 1, 10)";
            case DAY_CHANNEL -> "SUBSTR(" + timeColumn() + ", 1, 10) || '|' || " + channel;
        };
        String join = switch (by) {
            case CLIENT_TAG -> " JOIN household_tag ht ON ht.household_id = " + household
                    + " AND ht.tagged_at < :to AND (ht.removed_at IS NULL OR ht.removed_at >= :to)";
            case INTENT -> student != null ? " JOIN student s ON s.id = " + student
                    : " JOIN student s ON s.household_id = " + household;
            default -> "";
        };
        String sql = "SELECT " + key + " AS k, " + value + " AS v, " + (base == null ? "0" : base) + " AS b FROM "
                + tables + join + " WHERE " + where;
        return by == Breakdown.OFFICE ? sql : sql + " GROUP BY " + key;
    }

    /** The column the month's bounds apply to (the first one compared with {@code :from}). */
    private String timeColumn() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]+\\.[a-z_]+) >= :from").matcher(where);
        if (!m.find()) {
            throw new IllegalStateException(this + " has no time column");
        }
        return m.group(1);
    }

    /** The SQL pieces several figures share. */
    private static final class Sql {
        static final String SIGNED_IN_MONTH = "k.status <> 'VOID' AND k.signed_on >= :from AND k.signed_on < :to";
        static final String PAYMENTS = "payment p JOIN contract k ON k.id = p.contract_id"
                + " JOIN household h ON h.id = k.household_id";
        /**
         * The households with a contract signed in the month and not void: a list the database makes once
         * per query (asked household by household, it was looked up again for each of a month's visits).
         */
        static final String SIGNED = "SELECT k2.household_id FROM contract k2 WHERE k2.status <> 'VOID'"
                + " AND k2.signed_on >= :from AND k2.signed_on < :to";
        /** The households with a visit in the month, not void. */
        static final String VISITED = "SELECT v2.household_id FROM visit v2 WHERE v2.status <> 'VOID'"
                + " AND v2.arrived_at >= :from AND v2.arrived_at < :to";
    }
}
