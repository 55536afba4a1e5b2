package com.counseldesk.common.i18n;

import com.counseldesk.common.ValidationException;

/** A message for the user as a bundle key with its arguments; the view puts it into words. */
public record Msg(String key, Object... args) {
    public static Msg of(ValidationException e) {
        return new Msg(e.messageKey(), e.args());
    }
}
