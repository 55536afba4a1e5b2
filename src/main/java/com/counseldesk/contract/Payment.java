package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Money received for a contract, or given back ({@link PaymentKind#REFUND}; no receipt number). */
public record Payment(long id, long contractId, PaymentKind kind, PayMethod method, Fen amount, String receiptNo,
        LocalDate paidOn, long takenBy, String takenByName, LocalDateTime createdAt) {
    public boolean isRefund() {
        return kind == PaymentKind.REFUND;
    }
}
