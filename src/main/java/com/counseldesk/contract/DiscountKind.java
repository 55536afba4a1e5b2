package com.counseldesk.contract;

/** A contract's discount (优惠): none, an amount off, or a percentage off. Labels: {@code discountKind.<NAME>}. */
public enum DiscountKind {
    NONE, AMOUNT, PERCENT
}
