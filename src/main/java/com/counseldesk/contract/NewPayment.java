package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDate;

/** Money received for a contract as typed: the amount, how it was paid, the receipt's number and the day. */
public record NewPayment(Fen amount, PayMethod method, String receiptNo, LocalDate paidOn) {
    public static final String AMOUNT = "paymentAmount";
    public static final String METHOD = "paymentMethod";
    public static final String RECEIPT = "receiptNo";
    public static final String PAID_ON = "paidOn";
    public static final int RECEIPT_MAX = 30;

    public NewPayment {
        if (amount == null || amount.isZero()) {
            throw new ValidationException(AMOUNT, "error.payment.zero");
        }
        if (method == null) {
            throw new ValidationException(METHOD, "error.required");
        }
        receiptNo = receipt(receiptNo);
        if (paidOn == null) {
            throw new ValidationException(PAID_ON, "error.required");
        }
    }

    /** A receipt's number: required, no spaces, at most {@link #RECEIPT_MAX} characters. */
    public static String receipt(String typed) {
        String r = Text.required(RECEIPT, typed, RECEIPT_MAX);
        if (r.contains(" ")) {
            throw new ValidationException(RECEIPT, "error.payment.receiptSpaces");
        }
        return r;
    }
}
