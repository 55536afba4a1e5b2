package com.counseldesk.hotline;

import com.counseldesk.family.Channel;

/** What kind of call: inbound (来电), an outbound cold call (陌拜), an outbound follow-up call (回访). Labels: {@code callKind.<NAME>}. */
public enum CallKind {
    INBOUND, COLD, FOLLOW_UP;

    /** Whether the family called the office (and the duty rotation's turn is used). */
    public boolean isInbound() {
        return this == INBOUND;
    }

    /** The source channel of a household that a call of this kind finds first: 来电咨询, else 陌拜. */
    public Channel channel() {
        return this == INBOUND ? Channel.INBOUND_CALL : Channel.COLD_CALL;
    }
}
