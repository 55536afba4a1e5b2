package com.counseldesk.contract;

import java.util.List;

/**
 * What a contract's page shows: the contract, its payments and refunds, its history (oldest first),
 * and what the person asking may do with it.
 */
public record ContractPage(Contract contract, List<Payment> payments, List<ContractEvent> history, boolean mayPay,
        boolean mayChange, boolean mayVoid) {
    public ContractPage {
        payments = List.copyOf(payments);
        history = List.copyOf(history);
    }
}
