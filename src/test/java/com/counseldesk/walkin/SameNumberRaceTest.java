package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.TestStore;
import com.counseldesk.testutil.WalkInBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks register the same new number at the same moment, each on a connection of its own (on
 * PostgreSQL, each as its own PC: a database opened twice). However their transactions meet, the
 * office ends with one household: the second registration joins the first's household with its
 * visit, and the ownership rule gives that household one owner, the first desk's counselor.
 */
class SameNumberRaceTest {
    private static final int ROUNDS = 25;
    @TempDir
    Path dir;
    private TestOffice t;
    private Database otherPc;
    private ExecutorService desks;

    @BeforeEach
    void office() {
        t = TestOffice.typical(dir);
        otherPc = TestStore.isPostgresql() ? Database.open(t.db.address(), () -> { }) : t.db;
        desks = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        desks.shutdownNow();
        if (otherPc != t.db) {
            otherPc.close();
        }
        t.close();
    }

    /** The desk of the other PC (on a file: the same database, a connection of its own per transaction). */
    private WalkInService otherDesk() {
        return new WalkInService(otherPc, t.clock, new FamilyService(otherPc, t.clock),
                new OfficeService(otherPc, t.clock));
    }

    @Test
    void twoDesksTypingTheSameNewNumberAtOnceEndWithOneHousehold() throws Exception {
        WalkInService deskA = t.walkIns;
        WalkInService deskB = otherDesk();
        long frontDesk = t.staff(TestOffice.FRONT_DESK).id();
        long liMing = t.staff(TestOffice.COUNSELOR).id();
        long zhangWei = t.staff(TestOffice.OTHER_COUNSELOR).id();

        for (int round = 0; round < ROUNDS; round++) {
            String phone = String.format("1390000%04d", round);
            String child = "小明" + round;
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Registration> a = desks.submit(at(together, () -> deskA.register(
                    WalkInBuilder.aWalkIn().phone(phone).student(child).counselor(liMing).build(), frontDesk, true)));
            Future<Registration> b = desks.submit(at(together, () -> deskB.register(
                    WalkInBuilder.aWalkIn().phone(phone).student(child).counselor(zhangWei).build(),
                    frontDesk, true)));
            List<Registration> both = List.of(a.get(), b.get());

            assertEquals(1, both.stream().filter(Registration::newHousehold).count(), "round " + round);
            assertEquals(both.get(0).householdId(), both.get(1).householdId(), "round " + round);
            assertEquals(both.get(0).studentId(), both.get(1).studentId(), "the same child, round " + round);
            Registration first = both.stream().filter(Registration::newHousehold).findFirst().orElseThrow();
            Registration second = both.stream().filter(r -> !r.newHousehold()).findFirst().orElseThrow();
            assertEquals(first.ownerName(), second.ownerName(), "one owner, round " + round);
        }
        assertEquals(ROUNDS, t.count("household"));
        assertEquals(ROUNDS, t.count("phone"));
        assertEquals(2L * ROUNDS, t.count("visit"));
    }

    @Test
    void twoDesksRegisteringTheSameKnownFamilyAtOnceMakeOneVisitAndOneQuestion() throws Exception {
        WalkInService deskA = t.walkIns;
        WalkInService deskB = otherDesk();
        long frontDesk = t.staff(TestOffice.FRONT_DESK).id();
        long liMing = t.staff(TestOffice.COUNSELOR).id();
        int rounds = 10;

        for (int round = 0; round < rounds; round++) {
            String phone = String.format("1380000%04d", round);
            String child = "小红" + round;
            Registration earlier = t.register(t.walkIn(TestOffice.COUNSELOR).phone(phone).student(child));
            t.visits.setStatus(earlier.visitId(), VisitStatus.LEFT);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Object> a = desks.submit(at(together, () -> outcome(() -> deskA.register(
                    WalkInBuilder.aWalkIn().phone(phone).student(child).counselor(liMing).build(), frontDesk,
                    false))));
            Future<Object> b = desks.submit(at(together, () -> outcome(() -> deskB.register(
                    WalkInBuilder.aWalkIn().phone(phone).student(child).counselor(liMing).build(), frontDesk,
                    false))));
            List<Object> both = List.of(a.get(), b.get());

            assertEquals(1, both.stream().filter(Registration.class::isInstance).count(), "round " + round);
            AlreadyHereException asked = both.stream().filter(AlreadyHereException.class::isInstance)
                    .map(AlreadyHereException.class::cast).findFirst().orElseThrow();
            Registration saved = both.stream().filter(Registration.class::isInstance)
                    .map(Registration.class::cast).findFirst().orElseThrow();
            assertEquals(saved.visitId(), asked.visitId(), "the question names the visit just made, round " + round);
            assertEquals(child, asked.studentNames());
        }
        assertEquals(2L * rounds, t.count("visit"));
    }

    private static Object outcome(Callable<Registration> work) throws Exception {
        try {
            return work.call();
        } catch (AlreadyHereException e) {
            return e;
        }
    }

    private static <T> Callable<T> at(CyclicBarrier together, Callable<T> work) {
        return () -> {
            together.await();
            return work.call();
        };
    }
}
