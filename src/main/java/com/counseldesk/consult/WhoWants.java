package com.counseldesk.consult;

/** Who asked for the tutoring (是谁提出的辅导要求). Labels: {@code whoWants.<NAME>}. */
public enum WhoWants {
    PARENT, STUDENT, BOTH
}
