package com.counseldesk.contract;

/**
 * How a contract's price is given: the package's price for all its class hours, or a price per class
 * hour (课时单价) times the hours. Labels: {@code priceKind.<NAME>}.
 */
public enum PriceKind {
    PACKAGE, UNIT
}
