package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageTest {

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NEW", "INVITED", "VISITED", "LOST"})
    void aVisitMovesTheFamilyToVisited(Stage before) {
        assertEquals(Stage.VISITED, before.afterVisit());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "SIGNED")
    void aSignedFamilyStaysSigned(Stage before) {
        assertEquals(Stage.SIGNED, before.afterVisit());
    }
}
