package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import java.time.LocalDateTime;

/**
 * One line of a contract's history: when, who, what ({@code amount} for money, null otherwise), the
 * receipt of a payment, the manager who approved a refund, and the reason typed.
 */
public record ContractEvent(long id, long contractId, LocalDateTime at, String staffName, EventAction action,
        Fen amount, String receiptNo, String approvedByName, String reason) {
}
