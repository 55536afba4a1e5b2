package com.counseldesk.consult;

/**
 * The office's ten steps of a face-to-face session (咨询的十大流程), in their order: the checklist of
 * a consultation note, each with the office's talk track (话术). Labels: {@code consultStep.<NAME>}.
 */
public enum ConsultStep {
    PREPARE, RAPPORT, PEAK_STATE, FIND_PROBLEM, PROPOSE, COMPETITORS, CLOSE, OBJECTIONS, AFTER_SALES, REFERRAL;

    /** The step's number as the office counts them, 1 to 10 (the talk-track library's {@code step}). */
    public int number() {
        return ordinal() + 1;
    }

    public static ConsultStep ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("No step " + number);
        }
        return values()[number - 1];
    }
}
