package com.counseldesk.contract;

import com.counseldesk.common.Fen;

/**
 * The totals of a contract list, void contracts left out: how many, the amounts due (签单额), received
 * (实收, refunds not taken off), refunded (退费) and still owed on the active ones (应收未收).
 */
public record ContractTotals(int count, Fen signed, Fen received, Fen refunded, Fen outstanding) {
    public static final ContractTotals NONE = new ContractTotals(0, Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO);
}
