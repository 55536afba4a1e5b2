package com.counseldesk.consult;

/** The subjects of the 学生情况分析表, with one for any other. Labels: {@code subject.<NAME>}. */
public enum Subject {
    CHINESE, MATH, ENGLISH, PHYSICS, CHEMISTRY, BIOLOGY, HISTORY, GEOGRAPHY, POLITICS, OTHER
}
