package com.counseldesk.family;

import java.util.List;

/** How a client came to the office (来源渠道). Labels live in the bundles as {@code channel.<NAME>}. */
public enum Channel {
    INBOUND_CALL,
    COLD_CALL,
    INVITED,
    MARKETING,
    DIRECT,
    PARTNER,
    REFERRAL;

    /** The channels a visitor at the desk can come through. */
    public static final List<Channel> WALK_IN = List.of(INVITED, MARKETING, DIRECT, PARTNER, REFERRAL);

    public boolean needsReferrer() {
        return this == REFERRAL;
    }
}
