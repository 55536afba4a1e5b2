package com.counseldesk.report;

import com.counseldesk.family.Channel;
import com.counseldesk.family.Intent;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Everything the workbook's figure sheets and the dashboard show for one month, counted once by
 * {@link Figures}: the office's figures beside the previous month's, and the breakdowns.
 */
public record MonthReport(
        Month month,
        Map<Figure, Measure> office,
        Map<Figure, Measure> previous,
        Map<Figure, Map<Long, Measure>> byCounselor,
        Map<Figure, Map<Channel, Measure>> byChannel,
        Map<Figure, Map<Long, Measure>> byClientTag,
        Map<Figure, Map<Intent, Measure>> byIntent,
        Map<String, Measure> visitsByDay,
        Map<Integer, Map<Channel, Long>> visitsByWeek,
        List<StaffMember> staff,
        List<TagName> tags) {

    /** A person of the staff as the report names them. */
    public record StaffMember(long id, String name, String role, boolean active) {
        /** Whether the person counsels (counselors and managers): who gets a summary sheet. */
        public boolean counsels() {
            return "COUNSELOR".equals(role) || "MANAGER".equals(role);
        }
    }

    /** A client type (咨询者类型) as the office named it. */
    public record TagName(long id, String name, boolean active) {
    }

    /** Counts every figure of {@code month} (and the office's of the month before) on one handle. */
    public static MonthReport read(Handle h, Month month) {
        return new MonthReport(month, Figures.office(h, month), Figures.office(h, month.previous()),
                Figures.byCounselor(h, month), Figures.byChannel(h, month), Figures.byClientTag(h, month),
                Figures.byIntent(h, month), Figures.byDay(h, month, Figure.VISITS),
                Figures.byWeekAndChannel(h, month, Figure.VISITS),
                h.createQuery("SELECT id, name, role, active FROM staff ORDER BY id")
                        .map((rs, ctx) -> new StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4) == 1)).list(),
                h.createQuery("SELECT id, name, active FROM client_tag ORDER BY id")
                        .map((rs, ctx) -> new TagName(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1)).list());
    }

    /** One counselor's value of a figure (none: 0). */
    public Measure of(Figure figure, long staffId) {
        return byCounselor.getOrDefault(figure, Map.of()).getOrDefault(staffId, Measure.NONE);
    }

    /** The staff the month's per-counselor sheets are about: active counselors and managers, and anyone with a figure. */
    public List<StaffMember> counselors() {
        return staff.stream().filter(s -> (s.active() && s.counsels()) || hasFigures(s.id())).toList();
    }

    private boolean hasFigures(long staffId) {
        return byCounselor.values().stream().anyMatch(per -> {
            Measure m = per.get(staffId);
            return m != null && (m.value() != 0 || m.base() != 0);
        });
    }
}
