package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDate;

/** A refund (退费) as typed: how much, how it is given back, why, which manager approved it, and the day. */
public record Refund(Fen amount, PayMethod method, String reason, Long approvedBy, LocalDate on) {
    public static final String AMOUNT = "refundAmount";
    public static final String METHOD = "refundMethod";
    public static final String REASON = "refundReason";
    public static final String APPROVED_BY = "approvedBy";

    public Refund {
        if (amount == null || amount.isZero()) {
            throw new ValidationException(AMOUNT, "error.payment.zero");
        }
        if (method == null) {
            throw new ValidationException(METHOD, "error.required");
        }
        reason = Text.required(REASON, reason, Text.LONG_MAX);
        if (approvedBy == null) {
            throw new ValidationException(APPROVED_BY, "error.required");
        }
        if (on == null) {
            throw new ValidationException(NewPayment.PAID_ON, "error.required");
        }
    }
}
