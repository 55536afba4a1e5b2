package com.counseldesk.walkin;

import static com.counseldesk.family.FamilyFixture.COUNSELOR;
import static com.counseldesk.family.FamilyFixture.FRONT_DESK;
import static com.counseldesk.family.FamilyFixture.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Change;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyFixture;
import com.counseldesk.family.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visit registered by mistake is corrected or voided; nothing is deleted and the change is in the history. */
class VisitCorrectionTest {
    @TempDir
    Path dir;
    private FamilyFixture f;
    private VisitService visits;
    private Registration first;
    private long sister;

    @BeforeEach
    void open() {
        f = FamilyFixture.typical(dir);
        visits = f.visits;
        // 张子涵 came alone; her sister 张小红 came once later (and is on record since).
        first = f.register("138 1234 5678", "张子涵", "王丽", COUNSELOR);
        f.clock.advance(Duration.ofMinutes(30));
        sister = f.register("138 1234 5678", "张小红", "王丽", COUNSELOR).studentId();
        f.clock.advance(Duration.ofMinutes(30));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<Change> visitChanges() {
        return f.families.history(first.householdId()).stream().filter(c -> c.entity().equals("visit")).toList();
    }

    private Change change(String field) {
        return visitChanges().stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void aCorrectionChangesTheVisitAndKeepsEachFieldInTheHistory() {
        long zhangWei = f.staff(OTHER_COUNSELOR).id();
        VisitRow row = visits.correct(first.visitId(), new VisitCorrection(zhangWei, Channel.INVITED,
                List.of(first.studentId(), sister), "英语衔接"), f.staff(FRONT_DESK).id());

        assertEquals(OTHER_COUNSELOR, row.counselorName());
        assertEquals(Channel.INVITED, row.channel());
        assertEquals(List.of(first.studentId(), sister), row.studentIds());
        assertEquals("张子涵、张小红", row.studentNames());
        assertEquals("英语衔接", row.purpose());
        assertEquals(VisitStatus.WAITING, row.status());
        assertEquals(row, visits.visit(first.visitId()).orElseThrow(), "stored as returned");
        assertEquals(4, visitChanges().size());
        assertEquals(List.of(COUNSELOR, OTHER_COUNSELOR), List.of(change("counselor").before(),
                change("counselor").after()));
        assertEquals(List.of("DIRECT", "INVITED"), List.of(change("channel").before(), change("channel").after()));
        assertEquals(List.of("数学提分", "英语衔接"), List.of(change("purpose").before(), change("purpose").after()));
        assertEquals(List.of("张子涵", "张子涵、张小红"), List.of(change("students").before(),
                change("students").after()));
        for (Change c : visitChanges()) {
            assertEquals(first.visitId(), c.entityId());
            assertEquals(FRONT_DESK, c.staffName());
            assertEquals(f.clock.localNow(), c.at());
        }
    }

    @Test
    void voidingKeepsTheVisitMarkedVoidWithItsReason() {
        long visitsBefore = f.count("visit");

        VisitRow row = visits.voidVisit(first.visitId(), " 重复登记 ", f.staff(FRONT_DESK).id());

        assertEquals(VisitStatus.VOID, row.status());
        assertEquals("重复登记", row.voidReason());
        assertEquals(visitsBefore, f.count("visit"), "nothing deleted");
        assertEquals(1, visits.countFor(first.householdId()), "a void visit is not counted");
        Change c = change("status");
        assertEquals(List.of("WAITING", "VOID", "重复登记", FRONT_DESK),
                List.of(c.before(), c.after(), c.reason(), c.staffName()));
        TimelineEntry entry = f.families.timeline(first.householdId()).stream()
                .filter(e -> e.refId() == first.visitId()).findFirst().orElseThrow();
        assertTrue(entry.voided(), "the timeline marks it void");
    }

    @Test
    void aVoidVisitCanBeNeitherVoidedNorCorrectedAgain() {
        visits.voidVisit(first.visitId(), "重复登记", f.staff(FRONT_DESK).id());
        long historyRows = f.count("change_log");

        ValidationException again = assertThrows(ValidationException.class,
                () -> visits.voidVisit(first.visitId(), "再作废", f.staff(FRONT_DESK).id()));
        ValidationException corrected = assertThrows(ValidationException.class,
                () -> visits.correct(first.visitId(), new VisitCorrection(f.staff(COUNSELOR).id(), Channel.DIRECT,
                        List.of(first.studentId()), "数学"), f.staff(FRONT_DESK).id()));
        ValidationException status = assertThrows(ValidationException.class,
                () -> visits.setStatus(first.visitId(), VisitStatus.LEFT));

        for (ValidationException e : List.of(again, corrected, status)) {
            assertEquals("error.visit.void", e.messageKey());
        }
        VisitRow row = visits.visit(first.visitId()).orElseThrow();
        assertEquals("重复登记", row.voidReason());
        assertEquals("数学提分", row.purpose());
        assertEquals(historyRows, f.count("change_log"));
    }

    @Test
    void voidingNeedsAReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> visits.voidVisit(first.visitId(), " ", f.staff(FRONT_DESK).id()));

        assertEquals("reason", e.field());
        assertEquals("error.required", e.messageKey());
        assertEquals(VisitStatus.WAITING, visits.visit(first.visitId()).orElseThrow().status());
    }

    @Test
    void aCorrectionToSomeoneWhoDoesNotConsultChangesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> visits.correct(first.visitId(),
                new VisitCorrection(f.staff(FRONT_DESK).id(), Channel.INVITED, List.of(sister), "英语"),
                f.staff(FRONT_DESK).id()));

        assertEquals("counselor", e.field());
        VisitRow row = visits.visit(first.visitId()).orElseThrow();
        assertEquals(COUNSELOR, row.counselorName());
        assertEquals(List.of(first.studentId()), row.studentIds());
        assertEquals(List.of(), visitChanges());
    }

    @Test
    void aCorrectionNamesAtLeastOneStudentOfTheHousehold() {
        ValidationException none = assertThrows(ValidationException.class,
                () -> new VisitCorrection(f.staff(COUNSELOR).id(), Channel.DIRECT, List.of(), ""));
        assertEquals("error.visit.noStudent", none.messageKey());

        long stranger = f.register("139 0000 3333", "陈晨", "陈母", COUNSELOR).studentId();
        ValidationException other = assertThrows(ValidationException.class, () -> visits.correct(first.visitId(),
                new VisitCorrection(f.staff(COUNSELOR).id(), Channel.DIRECT, List.of(stranger), ""),
                f.staff(FRONT_DESK).id()));
        assertEquals("error.student.unknown", other.messageKey());
        assertEquals(List.of(first.studentId()), visits.visit(first.visitId()).orElseThrow().studentIds());
    }
}
