package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyDao;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitDaoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private TestOffice office;
    private Handle handle;
    private VisitDao visits;
    private long family;
    private long liMing;
    private long desk;

    @BeforeEach
    void open() {
        office = TestOffice.typical(dir);
        handle = office.db.openHandle();
        visits = handle.attach(VisitDao.class);
        liMing = office.staff(TestOffice.COUNSELOR).id();
        desk = office.staff(TestOffice.FRONT_DESK).id();
        family = handle.attach(FamilyDao.class).insert("张子涵", Gender.FEMALE, Grade.J2, "实验中学", "王丽",
                Relation.MOTHER, Phone.parse("13812345678"), Channel.DIRECT, null, liMing, Stage.VISITED,
                TODAY.atTime(9, 0), desk);
    }

    @AfterEach
    void close() {
        handle.close();
        office.close();
    }

    private long visitAt(LocalDateTime at) {
        return visits.insert(family, Channel.DIRECT, at, desk, liMing, "学生和母亲", "数学提分");
    }

    @Test
    void aNewVisitIsWaitingWithTheFamilyAndCounselorNamed() {
        long id = visitAt(TODAY.atTime(10, 5));

        VisitRow row = visits.findRow(id).orElseThrow();

        assertEquals(family, row.familyId());
        assertEquals("张子涵", row.studentName());
        assertEquals("王丽", row.parentName());
        assertEquals(new Phone("13812345678"), row.phone());
        assertEquals(Channel.DIRECT, row.channel());
        assertEquals(TODAY.atTime(10, 5), row.arrivedAt());
        assertNull(row.leftAt());
        assertEquals(VisitStatus.WAITING, row.status());
        assertEquals(TestOffice.COUNSELOR, row.counselorName());
        assertEquals("学生和母亲", row.whoCame());
        assertEquals("数学提分", row.purpose());
        assertEquals(desk, handle.createQuery("SELECT received_by FROM visit WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    @Test
    void arrivedBetweenIncludesTheStartAndExcludesTheEnd() {
        visitAt(TODAY.minusDays(1).atTime(23, 59, 59));
        long midnight = visitAt(TODAY.atStartOfDay());
        long evening = visitAt(TODAY.atTime(20, 30));
        visitAt(TODAY.plusDays(1).atStartOfDay());

        List<VisitRow> rows = visits.arrivedBetween(TODAY.atStartOfDay(), TODAY.plusDays(1).atStartOfDay());

        assertEquals(List.of(midnight, evening), rows.stream().map(VisitRow::visitId).toList());
    }

    @Test
    void aFamilysVisitsComeNewestFirst() {
        long first = visitAt(TODAY.minusDays(30).atTime(15, 0));
        long sameTimeA = visitAt(TODAY.atTime(10, 0));
        long sameTimeB = visitAt(TODAY.atTime(10, 0));
        long middle = visitAt(TODAY.minusDays(3).atTime(9, 0));

        List<Long> ids = visits.byFamily(family).stream().map(VisitRow::visitId).toList();

        assertEquals(List.of(sameTimeB, sameTimeA, middle, first), ids);
    }

    @Test
    void statusAndLeavingTimeAreUpdated() {
        long id = visitAt(TODAY.atTime(10, 0));

        assertEquals(1, visits.updateStatus(id, VisitStatus.LEFT, TODAY.atTime(11, 20)));
        VisitRow row = visits.findRow(id).orElseThrow();
        assertEquals(VisitStatus.LEFT, row.status());
        assertEquals(TODAY.atTime(11, 20), row.leftAt());

        assertEquals(0, visits.updateStatus(999, VisitStatus.LEFT, TODAY.atTime(11, 20)), "no such visit");
    }

    @Test
    void aVisitNeedsAnExistingFamily() {
        assertThrows(UnableToExecuteStatementException.class,
                () -> visits.insert(999, Channel.DIRECT, TODAY.atTime(10, 0), desk, liMing, "", ""));
        assertEquals(0, visits.count());
        assertTrue(visits.findRow(1).isEmpty());
    }
}
