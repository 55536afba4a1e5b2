package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Change;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visits after registration: today's board, status, a household's visits, corrections and voiding. */
class VisitServiceTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;

    @TempDir
    Path dir;
    private TestOffice t;
    private VisitService visits;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        visits = t.visits;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void assertRefused(String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals("visit", e.field());
        assertEquals(key, e.messageKey());
    }

    private static List<String> students(List<VisitRow> rows) {
        return rows.stream().map(VisitRow::studentNames).toList();
    }

    @Test
    void todaysVisitorsAreOnlyTodaysAndTheNewestComesFirst() {
        t.clock.set(LocalDateTime.of(2026, 11, 26, 23, 50));
        t.register(t.walkIn(LI_MING).phone("13900000001").student("昨天"));
        t.clock.set(LocalDateTime.of(2026, 11, 27, 0, 0));
        t.register(t.walkIn(LI_MING).phone("13900000002").student("午夜"));
        t.clock.set(LocalDateTime.of(2026, 11, 27, 19, 30));
        t.register(t.walkIn(LI_MING).phone("13900000003").student("晚上"));

        assertEquals(List.of("晚上", "午夜"), students(visits.today()));

        t.clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), visits.today());
    }

    @Test
    void aDaysVisitorsAreThoseArrivedFromMidnightToMidnightNewestFirst() {
        t.clock.set(LocalDateTime.of(2026, 11, 25, 23, 59, 59));
        t.register(t.walkIn(LI_MING).phone("13900000001").student("前天深夜"));
        t.clock.set(LocalDateTime.of(2026, 11, 26, 0, 0));
        t.register(t.walkIn(LI_MING).phone("13900000002").student("昨天零点"));
        t.clock.set(LocalDateTime.of(2026, 11, 26, 18, 0));
        t.register(t.walkIn(ZHANG_WEI).phone("13900000003").student("昨天晚上"));
        t.clock.set(LocalDateTime.of(2026, 11, 27, 9, 0));
        t.register(t.walkIn(LI_MING).phone("13900000004").student("今天"));

        assertEquals(List.of("昨天晚上", "昨天零点"), students(visits.on(LocalDate.of(2026, 11, 26))));
        assertEquals(List.of("前天深夜"), students(visits.on(LocalDate.of(2026, 11, 25))));
        assertEquals(List.of("今天"), students(visits.on(visits.currentDay())));
        assertEquals(List.of(), visits.on(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void leavingRecordsTheTimeAndComingBackClearsIt() {
        Registration r = t.register(t.walkIn(LI_MING));
        t.clock.advance(Duration.ofMinutes(50));

        VisitRow left = visits.setStatus(r.visitId(), VisitStatus.LEFT);

        assertEquals(VisitStatus.LEFT, left.status());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 50), left.leftAt());
        assertEquals("张子涵", left.studentNames());

        VisitRow back = visits.setStatus(r.visitId(), VisitStatus.CONSULTING);

        assertEquals(VisitStatus.CONSULTING, back.status());
        assertNull(back.leftAt());
        assertEquals(back, visits.today().get(0));
    }

    @Test
    void anUnknownOrVoidVisitCannotChangeStatus() {
        Registration r = t.register(t.walkIn(LI_MING));
        visits.voidVisit(r.visitId(), "登记错了", null);

        assertRefused("error.visit.unknown", () -> visits.setStatus(999, VisitStatus.LEFT));
        assertRefused("error.visit.void", () -> visits.setStatus(r.visitId(), VisitStatus.LEFT));
        assertThrows(IllegalArgumentException.class, () -> visits.setStatus(r.visitId(), VisitStatus.VOID),
                "voiding needs a reason");
        assertEquals(VisitStatus.VOID, visits.today().get(0).status());
    }

    @Test
    void aHouseholdsVisitsComeNewestFirst() {
        Registration first = t.register(t.walkIn(LI_MING).purpose("第一次"));
        t.clock.advance(Duration.ofDays(7));
        t.register(t.walkIn(ZHANG_WEI).child(first.studentId()).purpose("第二次"));
        t.clock.advance(Duration.ofDays(7));
        t.register(t.walkIn(LI_MING).child(first.studentId()).purpose("第三次"));
        t.register(t.walkIn(LI_MING).phone("13912345678").student("别家"));

        List<VisitRow> rows = visits.visitsOf(first.householdId());

        assertEquals(List.of("第三次", "第二次", "第一次"), rows.stream().map(VisitRow::purpose).toList());
        assertEquals(List.of(LI_MING, ZHANG_WEI, LI_MING), rows.stream().map(VisitRow::counselorName).toList());
        assertEquals(3, visits.countFor(first.householdId()));
        assertEquals(List.of(), visits.visitsOf(999));
    }

    @Test
    void aCorrectionChangesTheVisitAndIsInTheHistory() {
        Registration r = t.register(t.walkIn(LI_MING).channel(Channel.DIRECT).purpose("数学"));
        Student brother = t.families.addStudent(r.householdId(), new StudentDetails("张子轩", Gender.MALE, Grade.P3, ""),
                null);
        long manager = t.staff(TestOffice.MANAGER).id();

        VisitRow row = visits.correct(r.visitId(), new VisitCorrection(t.staff(ZHANG_WEI).id(), Channel.INVITED,
                List.of(r.studentId(), brother.id()), "数学和英语"), manager);

        assertEquals(ZHANG_WEI, row.counselorName());
        assertEquals(Channel.INVITED, row.channel());
        assertEquals("张子涵、张子轩", row.studentNames());
        assertEquals("数学和英语", row.purpose());
        assertEquals(row, visits.visitsOf(r.householdId()).get(0));
        List<String> changes = t.families.history(r.householdId()).stream().filter(c -> c.entity().equals("visit"))
                .map(c -> c.field() + ":" + c.before() + "→" + c.after()).sorted().toList();
        assertEquals(List.of("channel:DIRECT→INVITED", "counselor:李明→张伟", "purpose:数学→数学和英语",
                "students:张子涵→张子涵、张子轩"), changes);
        assertEquals(t.staff(LI_MING).id(), t.household(r.householdId()).household().ownerId(),
                "a correction of the visit does not move the household");
    }

    @Test
    void aCorrectionNamesStudentsOfTheHouseholdOnly() {
        Registration r = t.register(t.walkIn(LI_MING));
        Registration other = t.register(t.walkIn(LI_MING).phone("13912345678").student("李浩然"));

        ValidationException e = assertThrows(ValidationException.class, () -> visits.correct(r.visitId(),
                new VisitCorrection(t.staff(LI_MING).id(), Channel.DIRECT, List.of(other.studentId()), ""), null));

        assertEquals("error.student.unknown", e.messageKey());
        assertEquals(List.of(r.studentId()), visits.visitsOf(r.householdId()).get(0).studentIds());
        assertEquals("error.visit.noStudent", assertThrows(ValidationException.class,
                () -> new VisitCorrection(1, Channel.DIRECT, List.of(), "")).messageKey());
    }

    @Test
    void aVoidedVisitStaysOnRecordWithItsReasonAndNoLongerCounts() {
        Registration r = t.register(t.walkIn(LI_MING));
        long desk = t.staff(TestOffice.FRONT_DESK).id();

        VisitRow voided = visits.voidVisit(r.visitId(), "重复登记", desk);

        assertEquals(VisitStatus.VOID, voided.status());
        assertEquals("重复登记", voided.voidReason());
        assertEquals(List.of(voided), visits.visitsOf(r.householdId()));
        assertEquals(0, visits.countFor(r.householdId()));
        assertEquals(1, t.count("visit"), "nothing is deleted");
        Change change = t.families.history(r.householdId()).get(0);
        assertEquals("status", change.field());
        assertEquals("WAITING", change.before());
        assertEquals("VOID", change.after());
        assertEquals("重复登记", change.reason());
        assertRefused("error.visit.void", () -> visits.voidVisit(r.visitId(), "再作废", desk));
        assertRefused("error.visit.unknown", () -> visits.voidVisit(999, "没有", desk));
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> visits.voidVisit(r.visitId(), " ", desk)).messageKey());
    }

    @Test
    void theFamilyPagesTimelineListsTheVisitsNewestFirst() {
        Registration first = t.register(t.walkIn(LI_MING).purpose("数学提分"));
        t.clock.advance(Duration.ofDays(1));
        Registration again = t.register(t.walkIn(ZHANG_WEI).child(first.studentId()).channel(Channel.INVITED)
                .purpose("复诊"));
        visits.voidVisit(first.visitId(), "登记错了", null);

        List<TimelineEntry> entries = t.families.timeline(first.householdId());

        assertEquals(List.of(again.visitId(), first.visitId()), entries.stream().map(TimelineEntry::refId).toList());
        TimelineEntry latest = entries.get(0);
        assertEquals("timeline.visit", latest.kind());
        assertEquals(t.clock.localNow(), latest.at());
        assertEquals(ZHANG_WEI, latest.staffName());
        assertFalse(latest.voided());
        assertTrue(entries.get(1).voided());
        Msg summary = latest.summary();
        assertEquals("timeline.visit.summary", summary.key());
        assertEquals(List.of("张子涵", Channel.INVITED, ZHANG_WEI, "复诊"), List.of(summary.args()));
    }
}
