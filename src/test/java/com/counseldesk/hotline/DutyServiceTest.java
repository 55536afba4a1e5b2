package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.StaffService;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * The duty rotation kept in the office's database: who may set the order, the turns recorded, the
 * position surviving a restart, and two PCs on one database agreeing (also when they answer at the
 * same moment). Runs on both stores.
 */
class DutyServiceTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private DutyService duty;
    private long manager;
    private long liMing;
    private long zhangWei;
    private long liuYang;
    private long frontDesk;

    @BeforeEach
    void office() {
        t = TestOffice.typical(dir);
        duty = new DutyService(t.db, t.clock, t.office);
        manager = t.staff(TestOffice.MANAGER).id();
        liMing = t.staff(TestOffice.COUNSELOR).id();
        zhangWei = t.staff(TestOffice.OTHER_COUNSELOR).id();
        liuYang = new StaffService(t.db, t.clock).add(manager, "刘洋", Role.COUNSELOR).id();
        frontDesk = t.staff(TestOffice.FRONT_DESK).id();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> order(DutyBoard b) {
        return b.order().stream().map(l -> l.name() + (l.absent() ? "(away)" : "")).toList();
    }

    @Test
    void aDayWithoutAnOrderHasNobodyNextAndAnsweringMovesNothing() {
        DutyBoard b = duty.today(liMing);
        assertFalse(b.arranged());
        assertNull(b.nextStaffId());

        AnsweredTurn a = duty.answer(liMing);
        assertFalse(a.onDuty());
        assertEquals(0, t.count("duty_turn"));
    }

    @Test
    void theManagerSetsTheOrderAndEveryoneSeesWhoIsNext() {
        DutyBoard b = duty.setOrder(manager, List.of(zhangWei, liMing, liuYang));

        assertTrue(b.arranged());
        assertEquals(List.of("张伟", "李明", "刘洋"), order(b));
        assertEquals(zhangWei, b.nextStaffId());
        assertEquals("张伟", b.nextName());
        assertEquals(zhangWei, duty.today(frontDesk).nextStaffId());
        assertTrue(b.mayArrange());
        assertFalse(duty.today(liMing).mayArrange());
    }

    @Test
    void aCounselorSetsTheOrderOnlyWhenTheOfficeAllowsIt() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> duty.setOrder(liMing, List.of(liMing, zhangWei)));
        assertEquals("error.duty.mayNotArrange", refused.messageKey());
        assertEquals(DutyService.ORDER, refused.field());
        assertThrows(ValidationException.class, () -> duty.setCounselorsArrange(liMing, true),
                "only a manager changes who may");
        assertThrows(ValidationException.class, () -> duty.setOrder(frontDesk, List.of(liMing)));

        duty.setCounselorsArrange(manager, true);

        assertTrue(duty.counselorsArrange());
        assertEquals(List.of("李明", "张伟"), order(duty.setOrder(liMing, List.of(liMing, zhangWei))));
        assertThrows(ValidationException.class, () -> duty.setOrder(frontDesk, List.of(liMing)),
                "the front desk still may not");
        assertEquals(0, t.count("duty_seat WHERE day = '2026-11-27' AND removed = 1"));
    }

    @Test
    void theOrderNamesActiveCounselorsEachOnce() {
        assertEquals("error.duty.empty", assertThrows(ValidationException.class,
                () -> duty.setOrder(manager, List.of())).messageKey());
        assertEquals("error.duty.twice", assertThrows(ValidationException.class,
                () -> duty.setOrder(manager, List.of(liMing, liMing))).messageKey());
        assertEquals("error.duty.notCounselor", assertThrows(ValidationException.class,
                () -> duty.setOrder(manager, List.of(liMing, frontDesk))).messageKey());
        t.deactivate("刘洋");
        assertEquals("error.duty.notCounselor", assertThrows(ValidationException.class,
                () -> duty.setOrder(manager, List.of(liMing, liuYang))).messageKey());
        assertFalse(duty.today(manager).arranged(), "nothing stored");
    }

    @Test
    void aTurnTakenByMistakeIsGivenBackWhileNothingHappenedSince() {
        duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));
        duty.answer(liMing);
        t.clock.advance(Duration.ofMinutes(1));
        long mistaken = duty.answer(liuYang).turnId();
        assertEquals(liMing, duty.today(manager).nextStaffId());

        assertFalse(duty.giveBack(liMing, mistaken), "only the taker gives their turn back");
        assertTrue(duty.giveBack(liuYang, mistaken));

        assertEquals(zhangWei, duty.today(manager).nextStaffId(), "offered on as before the mistake");
        assertEquals(List.of("李明 TAKEN 1"), duty.turnsOn(t.clock.localNow().toLocalDate()).stream()
                .map(r -> r.staffName() + " " + r.kind() + " " + r.round()).toList(), "张伟's PASSED goes too");
        assertFalse(duty.giveBack(liuYang, mistaken), "once");
    }

    @Test
    void aTurnStaysUsedOnceSomeoneAnsweredSinceOrTheOrderChanged() {
        duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));
        long first = duty.answer(liMing).turnId();
        t.clock.advance(Duration.ofMinutes(1));
        duty.answer(zhangWei);
        assertFalse(duty.giveBack(liMing, first), "张伟 answered since");

        t.clock.advance(Duration.ofMinutes(1));
        long third = duty.answer(liuYang).turnId();
        t.clock.advance(Duration.ofMinutes(1));
        duty.setAbsent(manager, liMing, true);
        assertFalse(duty.giveBack(liuYang, third), "the order changed since");
        assertEquals(3, duty.turnsOn(t.clock.localNow().toLocalDate()).size());
    }

    @Test
    void everyTurnTakenOrMissedIsRecordedAndCountedForTheMonth() {
        duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));
        duty.answer(liMing);
        duty.setAbsent(frontDesk, zhangWei, true);
        duty.answer(liuYang);
        duty.setAbsent(zhangWei, zhangWei, false);
        duty.answer(liMing);
        duty.answer(liMing);

        List<TurnRow> turns = duty.turnsOn(t.clock.localNow().toLocalDate());
        assertEquals(List.of("李明 TAKEN 1", "张伟 SKIPPED 1", "刘洋 TAKEN 1", "李明 TAKEN 2", "张伟 PASSED 2",
                "刘洋 PASSED 2", "李明 TAKEN 3"), turns.stream().map(r -> r.staffName() + " " + r.kind() + " "
                + r.round()).toList());

        t.clock.advance(Duration.ofDays(1));
        duty.setOrder(manager, List.of(zhangWei));
        duty.answer(zhangWei);

        List<DutyTally> month = duty.month(YearMonth.of(2026, 11));
        assertEquals(List.of(new DutyTally(liMing, "李明", 3, 0, 0), new DutyTally(zhangWei, "张伟", 1, 1, 1),
                new DutyTally(liuYang, "刘洋", 1, 0, 1)), month);
        assertEquals(List.of(), duty.month(YearMonth.of(2026, 12)));

        DutyBoard b = duty.today(manager);
        assertEquals(1, b.order().get(0).taken());
    }

    @Test
    void theBoardCountsTodaysTurnsPerCounselor() {
        duty.setOrder(manager, List.of(liMing, zhangWei));
        duty.answer(liMing);
        duty.answer(liMing);

        DutyBoard b = duty.today(frontDesk);
        assertEquals(List.of(2, 0), b.order().stream().map(DutyLine::taken).toList());
        assertEquals(List.of(0, 1), b.order().stream().map(DutyLine::missed).toList());
        assertEquals(zhangWei, b.nextStaffId());
        assertEquals(2, b.round());
    }

    @Test
    void absentAndBackAtAnyTimeByAnyoneOnTheStaff() {
        duty.setOrder(manager, List.of(liMing, zhangWei));

        DutyBoard b = duty.setAbsent(frontDesk, liMing, true);

        assertEquals(List.of("李明(away)", "张伟"), order(b));
        assertEquals(zhangWei, b.nextStaffId());
        assertEquals(liMing, duty.setAbsent(liMing, liMing, false).nextStaffId());
        assertEquals("error.duty.notOnOrder", assertThrows(ValidationException.class,
                () -> duty.setAbsent(manager, liuYang, true)).messageKey());
    }

    @Test
    void someoneAddedOrRemovedMidDay() {
        duty.setOrder(manager, List.of(liMing, zhangWei));
        duty.answer(liMing);

        assertEquals(List.of("李明", "张伟", "刘洋"), order(duty.add(manager, liuYang)));
        assertTrue(duty.answer(zhangWei).onDuty());
        assertEquals(liuYang, duty.today(manager).nextStaffId());

        DutyBoard b = duty.remove(manager, liuYang);
        assertEquals(List.of("李明", "张伟"), order(b));
        assertEquals(liMing, b.nextStaffId());
        assertEquals(1, t.count("duty_seat WHERE removed = 1"), "the seat is kept, taken off");

        assertEquals(List.of("李明", "张伟", "刘洋"), order(duty.add(manager, liuYang)), "and back at the end");
        assertEquals(liuYang, duty.today(manager).nextStaffId(), "a removal undone gives the turn back");
    }

    @Test
    void someoneNotOnDutyWhoAnswersUsesNoTurn() {
        duty.setOrder(manager, List.of(liMing, zhangWei));

        AnsweredTurn a = duty.answer(manager);

        assertFalse(a.onDuty());
        assertEquals(liMing, a.board().nextStaffId());
        assertEquals(0, t.count("duty_turn"));
    }

    @Test
    void theOrderIsProposedFromTheLastDay() {
        assertEquals(List.of("赵丽", "李明", "张伟", "刘洋"),
                duty.proposedOrder().stream().map(s -> s.name()).toList(), "every counselor at first");
        duty.setOrder(manager, List.of(zhangWei, liMing));
        t.clock.advance(Duration.ofDays(1));

        assertEquals(List.of("张伟", "李明"), duty.proposedOrder().stream().map(s -> s.name()).toList());
        assertFalse(duty.today(manager).arranged(), "a new day starts without an order");
    }

    @Test
    void thePositionSurvivesARestart() {
        duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));
        duty.answer(liMing);
        duty.setAbsent(manager, zhangWei, true);
        t.db.close();

        try (Database again = reopen()) {
            DutyService afterRestart = new DutyService(again, t.clock, new OfficeService(again, t.clock));
            DutyBoard b = afterRestart.today(manager);
            assertEquals(List.of("李明", "张伟(away)", "刘洋"), order(b));
            assertEquals(liuYang, b.nextStaffId());
            afterRestart.answer(liuYang);
            assertEquals(liMing, afterRestart.today(manager).nextStaffId());
        }
    }

    private Database reopen() {
        return TestStore.isPostgresql() ? Database.open(t.db.address(), () -> { }) : Database.open(dir.resolve("office.db"));
    }

    @Test
    void twoPcsOnOneDatabaseAgree() {
        try (Database other = TestStore.isPostgresql() ? Database.open(t.db.address(), () -> { }) : null) {
            Database db = other == null ? t.db : other;
            DutyService otherPc = new DutyService(db, t.clock, new OfficeService(db, t.clock));
            duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));

            assertEquals(liMing, otherPc.today(frontDesk).nextStaffId());
            otherPc.answer(liMing);
            assertEquals(zhangWei, duty.today(frontDesk).nextStaffId());
            duty.setAbsent(manager, zhangWei, true);
            assertEquals(liuYang, otherPc.today(frontDesk).nextStaffId());
            otherPc.answer(liuYang);
            duty.setAbsent(manager, zhangWei, false);
            assertEquals(liMing, otherPc.today(frontDesk).nextStaffId(), "back mid-round waits for the next");
            assertEquals(duty.turnsOn(t.clock.localNow().toLocalDate()),
                    otherPc.turnsOn(t.clock.localNow().toLocalDate()));
        }
    }

    @Test
    void twoPcsAnsweringAtTheSameMomentTakeTwoTurnsOneAfterTheOther() throws Exception {
        int rounds = 15;
        ExecutorService pcs = Executors.newFixedThreadPool(2);
        try (Database other = TestStore.isPostgresql() ? Database.open(t.db.address(), () -> { }) : null) {
            Database db = other == null ? t.db : other;
            DutyService otherPc = new DutyService(db, t.clock, new OfficeService(db, t.clock));
            duty.setOrder(manager, List.of(liMing, zhangWei, liuYang));
            for (int round = 0; round < rounds; round++) {
                long first = duty.today(manager).nextStaffId();
                long second = first == liMing ? zhangWei : first == zhangWei ? liuYang : liMing;
                CyclicBarrier together = new CyclicBarrier(2);
                Future<AnsweredTurn> a = pcs.submit(at(together, () -> duty.answer(first)));
                Future<AnsweredTurn> b = pcs.submit(at(together, () -> otherPc.answer(second)));
                assertNotNull(a.get().turnId(), "round " + round);
                assertNotNull(b.get().turnId(), "round " + round);
            }
        } finally {
            pcs.shutdownNow();
        }
        List<TurnRow> turns = duty.turnsOn(t.clock.localNow().toLocalDate());
        long taken = turns.stream().filter(r -> r.kind() == TurnKind.TAKEN).count();
        assertEquals(2L * rounds, taken, "every answer took a turn");
        List<Long> takers = new ArrayList<>(turns.stream().filter(r -> r.kind() == TurnKind.TAKEN)
                .map(TurnRow::staffId).distinct().toList());
        assertEquals(3, takers.size());
        // However the two met, the stored rotation is one of the orders they could have been taken in:
        // each turn the rules give, none lost, none given twice.
        assertEquals(turns.size(), turns.stream().map(TurnRow::id).distinct().count());
        DutyBoard b = duty.today(manager);
        assertEquals(2 * rounds, b.order().stream().mapToInt(DutyLine::taken).sum());
    }

    @Test
    void aTurnIsLinkedToTheCallOfItsTakerOnce() {
        duty.setOrder(manager, List.of(liMing, zhangWei));
        long turn = duty.answer(liMing).turnId();
        LocalDateTime now = t.clock.localNow();
        long call = t.db.inTransaction(h -> h.createUpdate("INSERT INTO call (phone, kind, taken_by, started_at,"
                + " outcome, created_at) VALUES ('13812345678', 'INBOUND', :by, :at, 'NOT_CLIENT', :at)")
                .bind("by", liMing).bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());

        assertThrows(ValidationException.class, () -> t.db.inTransaction(h -> {
            duty.linkCall(h, turn, zhangWei, call);
            return null;
        }), "another person's turn");
        t.db.inTransaction(h -> {
            duty.linkCall(h, turn, liMing, call);
            return null;
        });
        assertThrows(ValidationException.class, () -> t.db.inTransaction(h -> {
            duty.linkCall(h, turn, liMing, call);
            return null;
        }), "a turn has one call");
        assertEquals(call, duty.turnsOn(now.toLocalDate()).get(0).callId());
    }

    private static <T> Callable<T> at(CyclicBarrier together, Callable<T> work) {
        return () -> {
            together.await();
            return work.call();
        };
    }
}
