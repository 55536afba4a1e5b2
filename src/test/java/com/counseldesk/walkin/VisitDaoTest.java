package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.NewHousehold;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.VisitDao.StudentLink;
import com.counseldesk.walkin.VisitDao.VisitData;
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
    private HouseholdCard household;
    private long liMing;
    private long desk;

    @BeforeEach
    void open() {
        office = TestOffice.typical(dir);
        handle = office.db.openHandle();
        visits = handle.attach(VisitDao.class);
        liMing = office.staff(TestOffice.COUNSELOR).id();
        desk = office.staff(TestOffice.FRONT_DESK).id();
        household = office.families.in(handle).create(new NewHousehold(Channel.DIRECT, null,
                new StudentDetails("张子涵", Gender.FEMALE, Grade.J2, "实验中学"),
                new ContactDetails("王丽", Relation.MOTHER), Phone.parse("13812345678")), liMing, Stage.VISITED, desk);
    }

    @AfterEach
    void close() {
        handle.close();
        office.close();
    }

    private long visitAt(LocalDateTime at) {
        return visits.insert(household.id(), Channel.DIRECT, at, desk, liMing, "学生和母亲", "数学提分", null);
    }

    @Test
    void aNewVisitIsWaitingWithItsCounselorNamed() {
        long id = visitAt(TODAY.atTime(10, 5));
        visits.link(id, household.students().get(0).id());

        VisitData v = visits.find(id).orElseThrow();

        assertEquals(household.id(), v.householdId());
        assertEquals(Channel.DIRECT, v.channel());
        assertEquals(TODAY.atTime(10, 5), v.arrivedAt());
        assertNull(v.leftAt());
        assertEquals(VisitStatus.WAITING, v.status());
        assertEquals(desk, v.receivedBy());
        assertEquals(liMing, v.counselorId());
        assertEquals(TestOffice.COUNSELOR, v.counselorName());
        assertEquals("学生和母亲", v.whoCame());
        assertEquals("数学提分", v.purpose());
        assertEquals("", v.voidReason());
        assertEquals(List.of(new StudentLink(id, household.students().get(0).id())), visits.students(List.of(id)));
    }

    @Test
    void arrivedBetweenIncludesTheStartAndExcludesTheEndNewestFirst() {
        visitAt(TODAY.minusDays(1).atTime(23, 59, 59));
        long midnight = visitAt(TODAY.atStartOfDay());
        long evening = visitAt(TODAY.atTime(20, 30));
        visitAt(TODAY.plusDays(1).atStartOfDay());

        List<VisitData> rows = visits.arrivedBetween(TODAY.atStartOfDay(), TODAY.plusDays(1).atStartOfDay());

        assertEquals(List.of(evening, midnight), rows.stream().map(VisitData::id).toList());
    }

    @Test
    void aHouseholdsVisitsComeNewestFirst() {
        long first = visitAt(TODAY.minusDays(30).atTime(15, 0));
        long sameTimeA = visitAt(TODAY.atTime(10, 0));
        long sameTimeB = visitAt(TODAY.atTime(10, 0));
        long middle = visitAt(TODAY.minusDays(3).atTime(9, 0));

        List<Long> ids = visits.byHousehold(household.id()).stream().map(VisitData::id).toList();

        assertEquals(List.of(sameTimeB, sameTimeA, middle, first), ids);
    }

    @Test
    void statusAndLeavingTimeAreUpdatedButAVoidVisitStaysVoid() {
        long id = visitAt(TODAY.atTime(10, 0));

        assertEquals(1, visits.updateStatus(id, VisitStatus.LEFT, TODAY.atTime(11, 20)));
        VisitData v = visits.find(id).orElseThrow();
        assertEquals(VisitStatus.LEFT, v.status());
        assertEquals(TODAY.atTime(11, 20), v.leftAt());

        assertEquals(0, visits.updateStatus(999, VisitStatus.LEFT, TODAY.atTime(11, 20)), "no such visit");
        visits.markVoid(id, "登记错了");
        assertEquals(0, visits.updateStatus(id, VisitStatus.WAITING, null), "a void visit");
        assertEquals(VisitStatus.VOID, visits.find(id).orElseThrow().status());
        assertEquals(0, visits.countFor(household.id()));
    }

    @Test
    void aVisitNeedsAnExistingHouseholdAndStudent() {
        assertThrows(UnableToExecuteStatementException.class,
                () -> visits.insert(999, Channel.DIRECT, TODAY.atTime(10, 0), desk, liMing, "", "", null));
        long id = visitAt(TODAY.atTime(10, 0));
        assertThrows(UnableToExecuteStatementException.class, () -> visits.link(id, 999));
        assertEquals(1, visits.count());
        assertTrue(visits.find(999).isEmpty());
    }
}
