package com.counseldesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A contract's money: price, discount and the amount due, in fen, with the expected values written out. */
class TermsTest {
    @Test
    void aPackagePriceWithoutDiscountIsDueInFull() {
        Terms t = Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.NONE, Fen.yuan(5), null, "ignored");
        assertEquals(800_000, t.price().value());
        assertEquals(0, t.discount().value());
        assertEquals(800_000, t.due().value());
        assertEquals("", t.discountReason());
        assertNull(t.unitPrice());
    }

    @Test
    void aUnitPriceIsTimesTheHours() {
        Terms t = Terms.of(36, PriceKind.UNIT, Fen.of(18_050), DiscountKind.AMOUNT, Fen.yuan(300), null, "老带新");
        assertEquals(649_800, t.price().value());
        assertEquals(30_000, t.discount().value());
        assertEquals(619_800, t.due().value());
        assertEquals(18_050, t.unitPrice().value());
        assertEquals("老带新", t.discountReason());
    }

    @ParameterizedTest
    @CsvSource({
        // price fen, percent, discount fen, due fen
        "800000, 10, 80000, 720000",
        "9999, 12.5, 1250, 8749",
        "450050, 7.25, 32629, 417421",
        "333, 33.33, 111, 222",
        "100, 0.5, 1, 99",
        "100, 0.49, 0, 100",
        "800000, 100, 800000, 0"})
    void aPercentageIsRoundedHalfUpToTheFen(long price, String percent, long discount, long due) {
        Terms t = Terms.of(10, PriceKind.PACKAGE, Fen.of(price), DiscountKind.PERCENT, null, new BigDecimal(percent),
                "优惠");
        assertEquals(discount, t.discount().value());
        assertEquals(due, t.due().value());
        assertEquals(new BigDecimal(percent), t.percent());
    }

    @Test
    void aDiscountAboveThePriceIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Terms.of(10, PriceKind.PACKAGE,
                Fen.yuan(1000), DiscountKind.AMOUNT, Fen.of(100_001), null, "太多"));
        assertEquals(Terms.DISCOUNT, e.field());
        assertEquals("error.contract.discountAbovePrice", e.messageKey());
        // Exactly the price is a free contract, allowed.
        assertEquals(0, Terms.of(10, PriceKind.PACKAGE, Fen.yuan(1000), DiscountKind.AMOUNT, Fen.yuan(1000), null,
                "赠送").due().value());
    }

    @Test
    void aDiscountNeedsItsReason() {
        ValidationException e = assertThrows(ValidationException.class, () -> Terms.of(10, PriceKind.PACKAGE,
                Fen.yuan(1000), DiscountKind.AMOUNT, Fen.yuan(100), null, "  "));
        assertEquals(Terms.DISCOUNT_REASON, e.field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|error.contract.percent", "100.01|error.contract.percent",
        "12.345|error.contract.percent", "-5|error.contract.percent", "abc|error.contract.percent",
        "' '|error.required"})
    void wrongPercentagesAreRefused(String typed, String key) {
        assertEquals(key, assertThrows(ValidationException.class, () -> Terms.percent(typed)).messageKey());
    }

    @Test
    void percentagesAreTypedWithOrWithoutTheSign() {
        assertEquals(new BigDecimal("12.5"), Terms.percent("12.5%"));
        assertEquals(new BigDecimal("8"), Terms.percent(" 8 "));
        assertEquals(1250, Terms.of(1, PriceKind.PACKAGE, Fen.yuan(1), DiscountKind.PERCENT, null,
                Terms.percent("12.5"), "x").percentHundredths());
        assertEquals(new BigDecimal("12.5"), Terms.percentOf(1250));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0", "2001", "1.5", "abc", "-3"})
    void wrongHoursAreRefused(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> Terms.hours(typed));
        assertEquals(Terms.HOURS, e.field());
        assertEquals("error.contract.hours", e.messageKey());
    }

    @Test
    void aUnitPriceTimesHoursAboveTheLimitIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Terms.of(2000, PriceKind.UNIT,
                Fen.yuan(600_000), DiscountKind.NONE, null, null, ""));
        assertEquals("error.money.tooMuch", e.messageKey());
    }

    @Test
    void paymentKindsFollowTheAmounts() {
        Fen due = Fen.yuan(8000);
        assertEquals(PaymentKind.FULL, PaymentKind.of(Fen.ZERO, due, due));
        assertEquals(PaymentKind.DEPOSIT, PaymentKind.of(Fen.ZERO, Fen.yuan(1000), due));
        assertEquals(PaymentKind.INSTALMENT, PaymentKind.of(Fen.yuan(1000), Fen.yuan(3000), due));
        assertEquals(PaymentKind.BALANCE, PaymentKind.of(Fen.yuan(4000), Fen.yuan(4000), due));
    }
}
