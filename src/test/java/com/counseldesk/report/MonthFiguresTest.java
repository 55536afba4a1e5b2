package com.counseldesk.report;

import static com.counseldesk.report.HandBuiltMonth.LI_MING;
import static com.counseldesk.report.HandBuiltMonth.OCTOBER;
import static com.counseldesk.report.HandBuiltMonth.SEPTEMBER;
import static com.counseldesk.report.HandBuiltMonth.ZHANG_WEI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Intent;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the report on the hand-built October of {@link HandBuiltMonth}; each answer is
 * counted by hand from the rows there, and the comment says which rows make it.
 */
class MonthFiguresTest {
    @TempDir
    static Path folder;
    static Database db;

    @BeforeAll
    static void build() {
        db = HandBuiltMonth.open(folder);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Measure office(Month m, Figure f) {
        return db.read(h -> Figures.office(h, m, f));
    }

    private static void assertCount(long expected, Month m, Figure f) {
        assertEquals(new Measure(expected, 0), office(m, f), f + " in " + m);
    }

    private static void assertRate(long part, long whole, Month m, Figure f) {
        assertEquals(new Measure(part, whole), office(m, f), f + " in " + m);
    }

    @Test
    void newHouseholdsAreThoseFirstInTouchInTheMonth() {
        assertCount(3, OCTOBER, Figure.NEW_HOUSEHOLDS);   // H1, H2, H3 (31 Oct); not H5 (1 Nov 00:00)
        assertCount(1, SEPTEMBER, Figure.NEW_HOUSEHOLDS); // H4
    }

    @Test
    void callsInAndOut() {
        assertCount(2, OCTOBER, Figure.CALLS_IN);    // C1, C2 (no household); not C5 (30 Sep 23:59:59) nor C6
        assertCount(2, OCTOBER, Figure.CALLS_OUT);   // C3 cold, C4 follow-up
        assertCount(1, SEPTEMBER, Figure.CALLS_IN);  // C5
        assertCount(0, SEPTEMBER, Figure.CALLS_OUT);
    }

    @Test
    void visitsBookedAreCountedWhenBookedAndTheShowRateWhenDue() {
        assertCount(4, OCTOBER, Figure.VISITS_BOOKED);      // A1, A2, A4, A5 (booked 31 Oct for November)
        assertCount(1, SEPTEMBER, Figure.VISITS_BOOKED);    // A3
        assertRate(2, 3, OCTOBER, Figure.SHOW_RATE);        // A1, A3 arrived; A2 no-show; A4 cancelled left out
        assertRate(0, 0, SEPTEMBER, Figure.SHOW_RATE);
        assertNull(office(SEPTEMBER, Figure.SHOW_RATE).ratio(), "no appointment due: no rate, not 0%");
    }

    @Test
    void visitsLeaveOutVoidOnes() {
        assertCount(5, OCTOBER, Figure.VISITS);   // V1, V2, V3, V5, V7; V4 void
        assertCount(1, SEPTEMBER, Figure.VISITS); // V6
        Map<Channel, Measure> byChannel = db.read(h -> Figures.byChannel(h, OCTOBER)).get(Figure.VISITS);
        assertEquals(Map.of(Channel.INVITED, new Measure(3, 0), Channel.DIRECT, new Measure(1, 0),
                Channel.REFERRAL, new Measure(1, 0)), byChannel);
    }

    @Test
    void contractsAndMoney() {
        assertCount(3, OCTOBER, Figure.CONTRACTS);                // K1, K2 (since refunded), K3 (31 Oct); K4 void
        assertCount(1_750_050, OCTOBER, Figure.AMOUNT_SIGNED);    // ¥10,000 + ¥3,000 + ¥4,500.50
        assertCount(500_000, OCTOBER, Figure.RECEIVED);           // P1 ¥2,000 + P3 ¥3,000; P2 is 1 Nov
        assertCount(100_000, OCTOBER, Figure.REFUNDED);           // P4
        assertCount(1, SEPTEMBER, Figure.CONTRACTS);              // K5
        assertCount(800_000, SEPTEMBER, Figure.AMOUNT_SIGNED);
        assertCount(800_000, SEPTEMBER, Figure.RECEIVED);
        assertCount(0, SEPTEMBER, Figure.REFUNDED);
    }

    @Test
    void dutyTurnsNotesAndFollowUps() {
        assertCount(2, OCTOBER, Figure.TURNS_TAKEN);          // T1, T3
        assertCount(2, OCTOBER, Figure.TURNS_SKIPPED);        // T2 away, T4 passed over
        assertCount(1, SEPTEMBER, Figure.TURNS_TAKEN);        // T5
        assertCount(3, OCTOBER, Figure.NOTES);                // N1, N2 (draft), N3 (locked)
        assertCount(2, OCTOBER, Figure.FOLLOW_UPS_DONE);      // F1; F4, due in September, done 1 Oct
        assertCount(2, OCTOBER, Figure.FOLLOW_UPS_OVERDUE);   // F2 open; F3 done only in November
        assertCount(1, SEPTEMBER, Figure.FOLLOW_UPS_OVERDUE); // F4
    }

    @Test
    void conversions() {
        assertRate(2, 3, OCTOBER, Figure.CALL_TO_VISIT);     // called H1, H6, H4; H1, H6 visited (H4 only void)
        assertRate(3, 4, OCTOBER, Figure.VISIT_TO_CONTRACT); // visited H1, H6, H2, H3; all but H3 signed
        assertRate(2, 3, OCTOBER, Figure.LEAD_TO_CONTRACT);  // new H1, H2, H3; H1, H2 signed
        assertRate(0, 1, SEPTEMBER, Figure.CALL_TO_VISIT);   // H2 called, not visited in September
        assertRate(1, 1, SEPTEMBER, Figure.VISIT_TO_CONTRACT);
        assertRate(1, 1, SEPTEMBER, Figure.LEAD_TO_CONTRACT);
    }

    @Test
    void perCounselor() {
        Map<Figure, Map<Long, Measure>> by = db.read(h -> Figures.byCounselor(h, OCTOBER));
        Map<Figure, Measure> li = new EnumMap<>(Figure.class);
        Map<Figure, Measure> zhang = new EnumMap<>(Figure.class);
        by.forEach((f, per) -> {
            li.put(f, per.getOrDefault(LI_MING, Measure.NONE));
            zhang.put(f, per.getOrDefault(ZHANG_WEI, Measure.NONE));
        });
        assertEquals(new Measure(1, 0), li.get(Figure.CALLS_IN));
        assertEquals(new Measure(1, 0), li.get(Figure.CALLS_OUT));
        assertEquals(new Measure(1, 0), li.get(Figure.TURNS_TAKEN));
        assertEquals(new Measure(1, 0), li.get(Figure.TURNS_SKIPPED));      // T4 passed over
        assertEquals(new Measure(2, 0), li.get(Figure.VISITS_BOOKED));      // A1, A4 with him
        assertEquals(new Measure(4, 0), li.get(Figure.VISITS));             // V1, V2, V3, V7
        assertEquals(new Measure(2, 0), li.get(Figure.NOTES));
        assertEquals(new Measure(1, 0), li.get(Figure.FOLLOW_UPS_DONE));
        assertEquals(new Measure(1, 0), li.get(Figure.FOLLOW_UPS_OVERDUE));
        assertEquals(new Measure(2, 0), li.get(Figure.CONTRACTS));          // K1, K2
        assertEquals(new Measure(1_300_000, 0), li.get(Figure.AMOUNT_SIGNED));
        assertEquals(new Measure(3, 3), li.get(Figure.VISIT_TO_CONTRACT));  // he received H1, H6, H2: all signed
        assertEquals(new Measure(1, 0), zhang.get(Figure.CONTRACTS));       // K3, credited to him
        assertEquals(new Measure(450_050, 0), zhang.get(Figure.AMOUNT_SIGNED));
        assertEquals(new Measure(0, 1), zhang.get(Figure.VISIT_TO_CONTRACT)); // H3 not signed
        assertEquals(new Measure(1, 0), zhang.get(Figure.TURNS_SKIPPED));   // T2 away
        assertEquals(new Measure(2, 0), zhang.get(Figure.VISITS_BOOKED));   // A2, A5
    }

    @Test
    void perChannelByTheHouseholdsFirstSource() {
        Map<Figure, Map<Channel, Measure>> by = db.read(h -> Figures.byChannel(h, OCTOBER));
        assertEquals(Map.of(Channel.INBOUND_CALL, new Measure(1_000_000, 0), Channel.COLD_CALL,
                new Measure(300_000, 0), Channel.INVITED, new Measure(450_050, 0)), by.get(Figure.AMOUNT_SIGNED));
        assertEquals(Map.of(Channel.INBOUND_CALL, new Measure(1, 0), Channel.INVITED, new Measure(1, 0),
                Channel.REFERRAL, new Measure(1, 0)), by.get(Figure.NEW_HOUSEHOLDS));
        assertEquals(Map.of(Channel.INBOUND_CALL, new Measure(1, 1), Channel.INVITED, new Measure(1, 1),
                Channel.REFERRAL, new Measure(0, 1)), by.get(Figure.LEAD_TO_CONTRACT));
    }

    @Test
    void perClientTypeAtTheMonthsEndAndPerIntentLevel() {
        long hesitant = HandBuiltMonth.tag(db, "HESITANT");
        Map<Figure, Map<Long, Measure>> byTag = db.read(h -> Figures.byClientTag(h, OCTOBER));
        // H1 and H6 are hesitant; H2's suspicious tag was off by the month's end; H3's timid one came later.
        assertEquals(Map.of(hesitant, new Measure(2, 2)), byTag.get(Figure.VISIT_TO_CONTRACT));
        assertEquals(Map.of(hesitant, new Measure(2, 0)), byTag.get(Figure.CONTRACTS));

        Map<Intent, Measure> byIntent = db.read(h -> Figures.byIntent(h, OCTOBER)).get(Figure.VISIT_TO_CONTRACT);
        Map<Intent, Measure> expected = new HashMap<>();
        expected.put(Intent.CLEAR, new Measure(1, 1));    // H1 (S1)
        expected.put(Intent.GAVE_UP, new Measure(1, 1));  // H6 (S6)
        expected.put(Intent.UNCLEAR, new Measure(1, 1));  // H2 (S2)
        expected.put(null, new Measure(0, 1));            // H3 (S3, no level given)
        assertEquals(expected, byIntent);
    }

    @Test
    void perDay() {
        Map<String, Measure> days = db.read(h -> Figures.byDay(h, OCTOBER, Figure.VISITS));
        assertEquals(Map.of("2026-10-02", new Measure(1, 0), "2026-10-06", new Measure(1, 0),
                "2026-10-08", new Measure(1, 0), "2026-10-20", new Measure(1, 0), "2026-10-31", new Measure(1, 0)), days);
    }
}
