package com.counseldesk.contract;

/** What happened to a contract, as its history lists it. Labels: {@code contractEvent.<NAME>}. */
public enum EventAction {
    SIGNED, PAID, REFUNDED, VOIDED, COMPLETED
}
