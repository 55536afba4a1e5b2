package com.counseldesk.hotline;

import java.time.YearMonth;

/**
 * The call list's filters, each optional (null: any): the month the call began in, who took or made
 * it, inbound ({@code true}: 来电) or outbound ({@code false}: 陌拜 and 回访), how it ended.
 */
public record CallFilter(YearMonth month, Long takenBy, Boolean inbound, CallOutcome outcome) {
    public static CallFilter month(YearMonth month) {
        return new CallFilter(month, null, null, null);
    }
}
