package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import com.counseldesk.office.StaffService;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call list (热线记录): its filters, and who sees which calls. On 27 November: 李明 takes a new
 * family's call (张子涵, his), 张伟 makes a cold call to a new family (王小虎, his), the front desk takes an
 * advert (no family), 张伟 takes a call from 张子涵's number (李明's family); in October 李明 took 陈晨's.
 */
class CallListTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    @TempDir
    Path dir;
    private HotlineOffice o;

    @BeforeEach
    void office() {
        o = new HotlineOffice(dir);
        at(LocalDateTime.of(2026, 10, 15, 16, 0), () -> o.call().phone("139 0000 5555").student("陈晨").by(o.liMing));
        at(LocalDateTime.of(2026, 11, 27, 9, 0), () -> o.call().phone("138 1234 5678").family("张子涵")
                .summary("想补数学").by(o.liMing));
        at(LocalDateTime.of(2026, 11, 27, 9, 10), () -> o.call().kind(CallKind.COLD).phone("139 0000 2222")
                .student("王小虎").needs("英语").by(o.zhangWei));
        at(LocalDateTime.of(2026, 11, 27, 9, 20), () -> o.call().phone("400 800 8000").outcome(CallOutcome.NOT_CLIENT)
                .by(o.frontDesk));
        at(LocalDateTime.of(2026, 11, 27, 9, 30), () -> o.call().phone("138 1234 5678").duration(95).by(o.zhangWei));
    }

    private void at(LocalDateTime when, Runnable call) {
        LocalDateTime was = o.now();
        o.t.clock.set(when);
        try {
            call.run();
        } finally {
            o.t.clock.set(was);
        }
    }

    @AfterEach
    void close() {
        o.close();
    }

    private List<String> students(long actor, CallFilter filter) {
        return o.calls.list(actor, filter).rows().stream().map(CallLine::student).toList();
    }

    @Test
    void aManagerSeesEveryCallOfTheMonthLatestFirst() {
        CallList list = o.calls.list(o.manager, CallFilter.month(NOV));

        assertEquals(List.of("张子涵", "", "王小虎", "张子涵"), list.rows().stream().map(CallLine::student).toList());
        assertEquals(4, list.count());
        assertFalse(list.more());
        CallLine last = list.rows().get(0);
        assertEquals("张伟", last.takenByName());
        assertEquals(CallKind.INBOUND, last.kind());
        assertEquals("王丽", list.rows().get(3).parent(), "as said on the call");
        assertEquals("王丽", last.parent(), "a known family's call without a name: the family's contact");
        assertEquals("138 1234 5678", last.phone().display());
        assertEquals(2, last.minutes());
        assertEquals("想补数学", list.rows().get(3).remarks());
        assertEquals("英语", list.rows().get(2).remarks(), "no summary: the needs");
        assertEquals(null, list.rows().get(1).householdId(), "an advert: no family");
        assertEquals(LocalDateTime.of(2026, 11, 27, 9, 30).minusSeconds(95), last.startedAt());
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertEquals(List.of("张子涵", "", "张子涵"), students(o.manager, new CallFilter(NOV, null, true, null)));
        assertEquals(List.of("王小虎"), students(o.manager, new CallFilter(NOV, null, false, null)));
        assertEquals(List.of("张子涵", "王小虎"), students(o.manager, new CallFilter(NOV, o.zhangWei, null, null)));
        assertEquals(List.of(""), students(o.manager, new CallFilter(NOV, null, null, CallOutcome.NOT_CLIENT)));
        assertEquals(List.of("陈晨"), students(o.manager, CallFilter.month(YearMonth.of(2026, 10))));
        assertEquals(5, o.calls.list(o.manager, CallFilter.month(null)).count(), "every month");
    }

    @Test
    void aCounselorSeesTheirCallsTheirFamiliesAndNobodysButNotAnotherCounselorsFamily() {
        assertEquals(List.of("张子涵", "", "张子涵"), students(o.liMing, CallFilter.month(NOV)),
                "his family's calls, whoever took them, and the advert nobody's");
        assertEquals(List.of("张子涵", "", "王小虎"), students(o.zhangWei, CallFilter.month(NOV)),
                "the call he took from 李明's family, the advert, his family's");
        assertEquals(List.of(""), students(o.frontDesk, CallFilter.month(NOV)), "the desk: the calls it took");
    }

    @Test
    void aDepartedCounselorsFamiliesCallsAreEveryCounselors() {
        new StaffService(o.t.db, o.t.clock).setActive(o.manager, o.zhangWei, false);
        assertEquals(List.of("张子涵", "", "王小虎", "张子涵"), students(o.liMing, CallFilter.month(NOV)));
        assertThrows(ValidationException.class, () -> o.calls.list(o.zhangWei, CallFilter.month(NOV)),
                "someone who left sees none");
    }

    @Test
    void anExportReadsEveryCallOfTheListWithTheirNumber() {
        List<CallLine> seen = new ArrayList<>();
        int[] count = {-1};
        o.calls.every(o.liMing, CallFilter.month(NOV), new CallService.Listing() {
            @Override
            public void count(int calls) {
                count[0] = calls;
            }

            @Override
            public void call(CallLine line) {
                seen.add(line);
            }
        });

        assertEquals(3, count[0]);
        assertEquals(o.calls.list(o.liMing, CallFilter.month(NOV)).rows(), seen);
    }
}
