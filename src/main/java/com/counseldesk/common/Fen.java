package com.counseldesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of money in fen (分), the only way the app holds money: never a float. Typed as people
 * write yuan ({@code 1234.5}, {@code 1,234.50}, {@code ¥1234}, {@code ￥1 234}); shown as
 * {@code ¥1,234.50}. A typed amount is refused when it is negative, not a number, has more than two
 * decimals, or is above {@link #MAX} (¥10,000,000: no tutoring contract comes near it, so more is a
 * typing slip).
 *
 * <p>Percentages ({@link #percent}) are computed in exact decimal arithmetic and rounded
 * <b>half up to the fen</b>: 12.5% of ¥99.99 is 1,249.875 fen, which is ¥12.50.
 */
public record Fen(long value) implements Comparable<Fen> {
    /** ¥10,000,000.00: the largest amount the app accepts. */
    public static final Fen MAX = new Fen(1_000_000_000L);
    public static final Fen ZERO = new Fen(0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Fen {
        if (value < 0) {
            throw new IllegalArgumentException("Negative amount: " + value);
        }
    }

    public static Fen of(long fen) {
        return new Fen(fen);
    }

    /** Whole yuan: {@code yuan(1234)} is ¥1,234.00. */
    public static Fen yuan(long yuan) {
        return new Fen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * The amount typed in {@code field}: yuan with at most two decimals, thousands separated by commas
     * or spaces, with or without ¥. A blank text is refused as required.
     */
    public static Fen parse(String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        t = t.replace('￥', '¥').replace('，', ',').replace('。', '.');
        if (t.startsWith("¥")) {
            t = t.substring(1).strip();
        }
        if (t.startsWith("-")) {
            throw new ValidationException(field, "error.money.negative");
        }
        String digits = t.replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+") || !groupedWell(t)) {
            throw new ValidationException(field, "error.money.notNumber");
        }
        BigDecimal yuan = new BigDecimal(digits.endsWith(".") ? digits + "0" : digits);
        if (yuan.scale() > 2) {
            throw new ValidationException(field, "error.money.decimals");
        }
        if (yuan.compareTo(BigDecimal.valueOf(MAX.value, 2)) > 0) {
            throw new ValidationException(field, "error.money.tooMuch", MAX.shown());
        }
        return new Fen(yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /** Like {@link #parse}, with a blank text meaning none (zero). */
    public static Fen parseOptional(String field, String typed) {
        return typed == null || typed.isBlank() ? ZERO : parse(field, typed);
    }

    /** Commas, when there are any, stand between groups of three digits before the point. */
    private static boolean groupedWell(String t) {
        if (!t.contains(",")) {
            return true;
        }
        String whole = t.contains(".") ? t.substring(0, t.indexOf('.')) : t;
        return whole.matches("[0-9]{1,3}(,[0-9]{3})+") && !t.substring(whole.length()).contains(",");
    }

    /**
     * {@code percent}% of this amount, rounded half up to the fen (the office's rule: 0.5 fen and more
     * is a fen). {@code percent} is exact decimal, e.g. 12.5.
     */
    public Fen percent(BigDecimal percent) {
        return new Fen(BigDecimal.valueOf(value).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }

    /** This amount less {@code other}, which may not be more than it. */
    public Fen minus(Fen other) {
        return new Fen(Math.subtractExact(value, other.value));
    }

    public Fen times(long n) {
        return new Fen(Math.multiplyExact(value, n));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean exceeds(Fen other) {
        return value > other.value;
    }

    /** ¥1,234.50 (the amount with thousands separated and two decimals). */
    public String shown() {
        return "¥" + plain();
    }

    /** 1,234.50: the amount without the sign, as a form field shows it again. */
    public String plain() {
        return String.format(Locale.ROOT, "%,d.%02d", value / 100, value % 100);
    }

    @Override
    public int compareTo(Fen o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return shown();
    }
}
