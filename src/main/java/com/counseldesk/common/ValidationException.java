package com.counseldesk.common;

import java.util.Arrays;

/**
 * A value a person typed was refused. Carries a message key (from the UI bundles) and the
 * field it concerns, so the UI can show the message beside that field in the user's language.
 */
public class ValidationException extends IllegalArgumentException {
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ValidationException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
