package com.counseldesk.family;

import com.counseldesk.common.Text;
import java.time.LocalDateTime;

/**
 * A household (家庭 / 客户): the client as the office knows it. Its students, contacts and phones
 * hang off it; the owner (接待归属) is the household's, whichever child or parent comes.
 */
public record Household(
        long id,
        Long ownerId,
        Channel channel,
        Long referredBy,
        String district,
        LocalDateTime firstContactAt,
        LocalDateTime lastContactAt,
        LocalDateTime createdAt,
        Long createdBy) {
    public static final String DISTRICT = "district";

    /** The rule for where a household lives (a district or an address, as people say it). */
    public static String district(String typed) {
        return Text.optional(DISTRICT, typed, Text.SHORT_MAX);
    }
}
