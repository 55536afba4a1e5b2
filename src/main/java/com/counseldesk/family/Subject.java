package com.counseldesk.family;

/**
 * A school subject, with one for any other: the 学生情况分析表's and the hotline sheet's. Labels:
 * {@code subject.<NAME>}.
 */
public enum Subject {
    CHINESE, MATH, ENGLISH, PHYSICS, CHEMISTRY, BIOLOGY, HISTORY, GEOGRAPHY, POLITICS, OTHER
}
