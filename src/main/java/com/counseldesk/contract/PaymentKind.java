package com.counseldesk.contract;

import com.counseldesk.common.Fen;

/**
 * What a payment is to its contract (定金, 分期, 尾款, 全款) or a refund (退费). Labels:
 * {@code paymentKind.<NAME>}. The office does not choose it: the amounts say what it is.
 */
public enum PaymentKind {
    FULL, DEPOSIT, INSTALMENT, BALANCE, REFUND;

    /**
     * The kind of a payment of {@code amount} on a contract of {@code due} of which {@code paidBefore}
     * was paid: the first payment is the full amount or a deposit, the one that clears the balance is
     * the balance, any other an instalment.
     */
    public static PaymentKind of(Fen paidBefore, Fen amount, Fen due) {
        boolean clears = paidBefore.plus(amount).equals(due);
        if (paidBefore.isZero()) {
            return clears ? FULL : DEPOSIT;
        }
        return clears ? BALANCE : INSTALMENT;
    }
}
