package com.counseldesk.contract;

import java.time.YearMonth;

/**
 * The contract list's filters, each optional (null: any): the month signed, the counselor credited,
 * the status, a course; {@code unpaidOnly}: only the active ones with something still owed.
 */
public record ContractFilter(YearMonth month, Long counselorId, ContractStatus status, Long courseId,
        boolean unpaidOnly) {
    public static ContractFilter month(YearMonth month) {
        return new ContractFilter(month, null, null, null, false);
    }
}
