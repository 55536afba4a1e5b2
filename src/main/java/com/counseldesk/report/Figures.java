package com.counseldesk.report;

import com.counseldesk.family.Channel;
import com.counseldesk.family.Intent;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Counts the {@link Figure}s of a month: the one code path behind the workbook and the dashboard.
 * Read-only; the caller gives the handle (one read for the whole report, so every sheet sees the
 * same data).
 */
public final class Figures {
    private Figures() {
    }

    /** {@code figure} for the month, per key of {@code by} (the office's total under the key null). */
    public static Map<Object, Measure> count(Handle h, Month month, Figure figure, Breakdown by) {
        Map<Object, Measure> out = new LinkedHashMap<>();
        h.createQuery(figure.sql(by)).bind("from", month.from()).bind("to", month.to())
                .map((rs, ctx) -> {
                    Object key = rs.getObject("k");
                    if (key instanceof Number n && by != Breakdown.DAY) {
                        key = n.longValue();
                    }
                    return Map.entry(key == null ? NO_KEY : key, new Measure(rs.getLong("v"), rs.getLong("b")));
                })
                .forEach(e -> out.put(e.getKey() == NO_KEY ? null : e.getKey(), e.getValue()));
        return out;
    }

    private static final Object NO_KEY = new Object();

    /** The office's value of {@code figure} for the month. */
    public static Measure office(Handle h, Month month, Figure figure) {
        return count(h, month, figure, Breakdown.OFFICE).getOrDefault(null, Measure.NONE);
    }

    /** Every figure of the office for the month. */
    public static Map<Figure, Measure> office(Handle h, Month month) {
        Map<Figure, Measure> out = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            out.put(f, office(h, month, f));
        }
        return out;
    }

    /** Per counselor (staff id), for every figure that has a counselor. */
    public static Map<Figure, Map<Long, Measure>> byCounselor(Handle h, Month month) {
        return split(h, month, Breakdown.COUNSELOR, k -> (Long) k);
    }

    /** Per channel, for every figure that has one; a key the app no longer knows is left out. */
    public static Map<Figure, Map<Channel, Measure>> byChannel(Handle h, Month month) {
        return split(h, month, Breakdown.CHANNEL, k -> k == null ? null : parse(Channel.class, k.toString()));
    }

    /** Per client tag (its id), for every figure about households. */
    public static Map<Figure, Map<Long, Measure>> byClientTag(Handle h, Month month) {
        return split(h, month, Breakdown.CLIENT_TAG, k -> (Long) k);
    }

    /** Per intent level of the students (null: not given yet), for every figure about households. */
    public static Map<Figure, Map<Intent, Measure>> byIntent(Handle h, Month month) {
        Map<Figure, Map<Intent, Measure>> out = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            if (f.splits(Breakdown.INTENT)) {
                Map<Intent, Measure> per = new HashMap<>();
                count(h, month, f, Breakdown.INTENT).forEach((k, v) ->
                        per.put(k == null ? null : parse(Intent.class, k.toString()), v));
                out.put(f, per);
            }
        }
        return out;
    }

    /** {@code figure} per day of the month ({@code 2026-10-31}). */
    public static Map<String, Measure> byDay(Handle h, Month month, Figure figure) {
        Map<String, Measure> out = new LinkedHashMap<>();
        count(h, month, figure, Breakdown.DAY).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /**
     * {@code figure} per week of the month and channel: weeks of seven days from the 1st (1–7, 8–14,
     * 15–21, 22–28, 29 to the end), so that every week lies inside the month.
     */
    public static Map<Integer, Map<Channel, Long>> byWeekAndChannel(Handle h, Month month, Figure figure) {
        Map<Integer, Map<Channel, Long>> out = new java.util.TreeMap<>();
        for (int w = 1; w <= (month.value().lengthOfMonth() + 6) / 7; w++) {
            out.put(w, new EnumMap<>(Channel.class));
        }
        count(h, month, figure, Breakdown.DAY_CHANNEL).forEach((k, v) -> {
            String[] parts = String.valueOf(k).split("\\|", 2);
            Channel c = parts.length < 2 ? null : parse(Channel.class, parts[1]);
            if (c != null) {
                int week = (Integer.parseInt(parts[0].substring(8, 10)) - 1) / 7 + 1;
                out.get(week).merge(c, v.value(), Long::sum);
            }
        });
        return out;
    }

    private static <K> Map<Figure, Map<K, Measure>> split(Handle h, Month month, Breakdown by, Function<Object, K> key) {
        Map<Figure, Map<K, Measure>> out = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            if (f.splits(by)) {
                Map<K, Measure> per = new LinkedHashMap<>();
                count(h, month, f, by).forEach((k, v) -> {
                    K converted = key.apply(k);
                    if (converted != null) {
                        per.put(converted, v);
                    }
                });
                out.put(f, per);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
