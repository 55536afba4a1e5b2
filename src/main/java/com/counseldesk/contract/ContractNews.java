package com.counseldesk.contract;

import com.counseldesk.common.db.OfficeEvents;

/** What the contract services tell every copy of the app: a contract was signed or changed (lists read again). */
public final class ContractNews {
    static final String CONTRACT = "contract";

    private ContractNews() {
    }

    public static boolean isContract(OfficeEvents.Event e) {
        return CONTRACT.equals(e.topic());
    }
}
