package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server's address as a person types it, field by field. */
class ServerFieldsTest {
    private static String refusal(Runnable rule) {
        return assertThrows(ValidationException.class, rule::run).messageKey();
    }

    @Test
    void aHostIsANameOrAnAddress() {
        assertEquals("192.168.1.10", ServerFields.host(" 192.168.1.10 "));
        assertEquals("office-server", ServerFields.host("office-server"));
        assertEquals("db.office.example", ServerFields.host("db.office.example"));
        assertEquals("fe80::1", ServerFields.host("[fe80::1]"), "brackets around an IPv6 address are taken off");
        assertEquals("办公室", ServerFields.host("办公室"));
        assertEquals("192.168.1.10", ServerFields.host("１９２．１６８．１．１０"), "as a Chinese input method types it");
    }

    @Test
    void aHostIsRequired() {
        assertEquals("error.required", refusal(() -> ServerFields.host("  ")));
        assertEquals(ServerFields.HOST, assertThrows(ValidationException.class, () -> ServerFields.host("")).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"office server", "postgresql://office/db", "desk@office", "office?x", "office#1"})
    void aHostWithSpacesOrAnAddressesPunctuationIsRefused(String typed) {
        assertEquals("error.server.host", refusal(() -> ServerFields.host(typed)));
    }

    @Test
    void aPortTypedAfterTheHostIsSentToItsField() {
        assertEquals("error.server.hostPort", refusal(() -> ServerFields.host("192.168.1.10:5433")));
        assertEquals("error.server.hostPort", refusal(() -> ServerFields.host("office:")));
    }

    @Test
    void aPortIsAWholeNumberFromOneTo65535() {
        assertEquals(5432, ServerFields.port("5432"));
        assertEquals(1, ServerFields.port(" 1 "));
        assertEquals(65_535, ServerFields.port("65535"));
        assertEquals(5432, ServerFields.port("05432"));
        assertEquals(5432, ServerFields.port("５４３２"), "full-width digits");
        assertEquals("error.required", refusal(() -> ServerFields.port("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "70000", "99999999999999", "-1", "54 32", "5432a", "五四三二"})
    void anyOtherPortIsRefused(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> ServerFields.port(typed));
        assertEquals("error.server.port", e.messageKey());
        assertEquals(ServerFields.PORT, e.field());
    }

    @Test
    void aDatabaseAndAUserAreRequiredAndShort() {
        assertEquals("counseldesk", ServerFields.database(" counseldesk "));
        assertEquals("desk", ServerFields.user("desk"));
        assertEquals("error.required", refusal(() -> ServerFields.database("")));
        assertEquals("error.required", refusal(() -> ServerFields.user(" ")));
        assertEquals("error.tooLong", refusal(() -> ServerFields.database("d".repeat(64))));
        assertEquals("error.tooLong", refusal(() -> ServerFields.user("u".repeat(64))));
    }

    @Test
    void theFieldsMakeAServerWithThePasswordAsTyped() {
        assertEquals(new DbAddress.Server("office-pc", 5433, "office", "desk", " pass word "),
                ServerFields.server(" office-pc", "5433", "office ", "desk", " pass word "));
    }
}
