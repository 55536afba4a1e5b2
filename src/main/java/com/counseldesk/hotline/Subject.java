package com.counseldesk.hotline;

/** A school subject as the hotline sheet asks about it. Labels: {@code subject.<NAME>}. */
public enum Subject {
    CHINESE, MATH, ENGLISH, PHYSICS, CHEMISTRY, BIOLOGY, HISTORY, GEOGRAPHY, POLITICS, OTHER
}
