package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.math.BigDecimal;

/**
 * The money of a contract: the class hours, the price (a package's price, or a price per class hour
 * times the hours), the discount (an amount, or a percentage of the price, with its reason) and the
 * amount due. All amounts are fen.
 *
 * <p>The office's rounding rule: a percentage discount is the price × percent / 100 in exact decimal
 * arithmetic, rounded <b>half up to the fen</b> ({@link Fen#percent}); 12.5% off ¥99.99 is ¥12.50 off,
 * so ¥87.49 is due. The amount due is the price less the discount, never less than zero: a discount
 * above the price is refused.
 *
 * @param unitPrice the price per class hour for {@link PriceKind#UNIT}, else null
 * @param percent the percentage for {@link DiscountKind#PERCENT} (up to two decimals), else null
 */
public record Terms(int classHours, PriceKind priceKind, Fen unitPrice, Fen price, DiscountKind discountKind,
        BigDecimal percent, Fen discount, String discountReason, Fen due) {
    public static final String HOURS = "classHours";
    public static final String PRICE = "price";
    public static final String DISCOUNT = "discount";
    public static final String DISCOUNT_REASON = "discountReason";
    /** More class hours than anyone buys at once: a typing slip. */
    public static final int MAX_HOURS = 2000;
    public static final int REASON_MAX = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The terms from what the form holds. {@code enteredPrice}: the package's price, or the price per
     * class hour for {@link PriceKind#UNIT}. {@code discountAmount} for an amount off, {@code percent}
     * for a percentage off; the one that does not apply is ignored.
     */
    public static Terms of(int classHours, PriceKind priceKind, Fen enteredPrice, DiscountKind discountKind,
            Fen discountAmount, BigDecimal percent, String discountReason) {
        if (classHours <= 0 || classHours > MAX_HOURS) {
            throw new ValidationException(HOURS, "error.contract.hours", MAX_HOURS);
        }
        if (priceKind == null || enteredPrice == null) {
            throw new ValidationException(PRICE, "error.required");
        }
        Fen price = priceKind == PriceKind.UNIT ? total(enteredPrice, classHours) : enteredPrice;
        DiscountKind kind = discountKind == null ? DiscountKind.NONE : discountKind;
        Fen discount = switch (kind) {
            case NONE -> Fen.ZERO;
            case AMOUNT -> {
                if (discountAmount == null) {
                    throw new ValidationException(DISCOUNT, "error.required");
                }
                yield discountAmount;
            }
            case PERCENT -> price.percent(checkedPercent(percent));
        };
        if (discount.exceeds(price)) {
            throw new ValidationException(DISCOUNT, "error.contract.discountAbovePrice", price);
        }
        String reason = Text.optional(DISCOUNT_REASON, discountReason, REASON_MAX);
        if (!discount.isZero() && reason.isEmpty()) {
            throw new ValidationException(DISCOUNT_REASON, "error.contract.discountReason");
        }
        return new Terms(classHours, priceKind, priceKind == PriceKind.UNIT ? enteredPrice : null, price, kind,
                kind == DiscountKind.PERCENT ? percent : null, discount, discount.isZero() ? "" : reason,
                price.minus(discount));
    }

    /** A price per class hour times the hours; a total above {@link Fen#MAX} is refused. */
    private static Fen total(Fen unit, int hours) {
        Fen total = unit.times(hours);
        if (total.exceeds(Fen.MAX)) {
            throw new ValidationException(PRICE, "error.money.tooMuch", Fen.MAX);
        }
        return total;
    }

    private static BigDecimal checkedPercent(BigDecimal percent) {
        if (percent == null) {
            throw new ValidationException(DISCOUNT, "error.required");
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(DISCOUNT, "error.contract.percent");
        }
        return percent;
    }

    /** Class hours as typed: a whole number from 1 to {@link #MAX_HOURS}. */
    public static int hours(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new ValidationException(HOURS, "error.required");
        }
        if (!t.matches("[0-9]{1,6}")) {
            throw new ValidationException(HOURS, "error.contract.hours", MAX_HOURS);
        }
        int h = Integer.parseInt(t);
        if (h <= 0 || h > MAX_HOURS) {
            throw new ValidationException(HOURS, "error.contract.hours", MAX_HOURS);
        }
        return h;
    }

    /** A percentage as typed ({@code 12.5}, {@code 12.5%}): more than 0, at most 100, two decimals at most. */
    public static BigDecimal percent(String typed) {
        String t = typed == null ? "" : typed.strip().replace("%", "").replace("％", "").strip();
        if (t.isEmpty()) {
            throw new ValidationException(DISCOUNT, "error.required");
        }
        if (!t.matches("[0-9]{1,3}(\\.[0-9]+)?")) {
            throw new ValidationException(DISCOUNT, "error.contract.percent");
        }
        BigDecimal p = new BigDecimal(t);
        if (p.scale() > 2) {
            throw new ValidationException(DISCOUNT, "error.contract.percent");
        }
        return checkedPercent(p);
    }

    /** The percentage in hundredths, as stored (12.5% is 1250), or null. */
    public Integer percentHundredths() {
        return percent == null ? null : percent.movePointRight(2).intValueExact();
    }

    /** A stored percentage (hundredths) as the decimal it was typed as. */
    public static BigDecimal percentOf(Integer hundredths) {
        return hundredths == null ? null : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    }
}
