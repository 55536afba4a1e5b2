package com.counseldesk.contract;

import java.util.List;

/** The contracts a filter finds (signed latest first; at most {@link #LIMIT} rows) and the totals of all it finds. */
public record ContractList(List<Contract> rows, ContractTotals totals, boolean more) {
    public static final int LIMIT = 500;

    public ContractList {
        rows = List.copyOf(rows);
    }
}
