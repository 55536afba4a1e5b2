package com.counseldesk.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.i18n.Msg;
import java.util.Arrays;

/** Comparing what view models say ({@link Msg}: a key and its arguments, an array that records compare by identity). */
public final class Messages {
    private Messages() {
    }

    /** The same key with the same arguments (or both null). */
    public static void assertMsg(Msg expected, Msg actual) {
        String e = expected == null ? null : expected.key() + Arrays.toString(expected.args());
        String a = actual == null ? null : actual.key() + Arrays.toString(actual.args());
        assertEquals(e, a);
    }
}
