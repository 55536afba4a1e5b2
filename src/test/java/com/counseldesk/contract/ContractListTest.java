package com.counseldesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.Fen;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract list's filters and totals: five contracts of 张子涵 (李明's family) and one of another
 * family (张伟's), in every state, signed in October and November 2026.
 */
class ContractListTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    @TempDir
    Path dir;
    private ContractOffice o;

    @BeforeEach
    void office() {
        o = new ContractOffice(dir);
        // Active, ¥1,000 of ¥8,000 paid (October).
        o.sign(new NewContract(o.student, List.of(o.math.id()), Set.of(), o.mathContract(null).terms(), o.liMing, "",
                o.today().minusMonths(1), null, "", o.cash(100_000, "A1")));
        // Completed: ¥4,500.50 paid in full.
        long done = o.sign(english(o.cash(450_050, "B1"))).contract().id();
        o.contracts.complete(o.liMing, done);
        // Refunded: ¥3,000 paid, ¥1,200.25 back.
        long refunded = o.sign(o.mathContract(o.cash(300_000, "C1"))).contract().id();
        o.contracts.refund(o.liMing, refunded, new Refund(Fen.of(120_025), PayMethod.CASH, "转学", o.manager,
                o.today()));
        // Void.
        long voided = o.sign(o.mathContract(null)).contract().id();
        o.contracts.voidContract(o.manager, voided, "录重了");
        // Active, ¥8,000 less 10% = ¥7,200 due, ¥2,000 paid in two instalments.
        Terms tenOff = Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.PERCENT, null,
                Terms.percent("10"), "老带新");
        long twice = o.sign(o.contract(tenOff, o.cash(50_000, "D1"))).contract().id();
        o.contracts.pay(o.frontDesk, twice, o.cash(150_000, "D2"));
        // 张伟's family: active, nothing paid, ¥4,500.50 due.
        long other = o.t.register(o.t.walkIn(TestOffice.OTHER_COUNSELOR).phone("13900002222").student("王小虎"))
                .householdId();
        long otherStudent = o.t.household(other).students().get(0).id();
        o.contracts.sign(o.zhangWei, other, new NewContract(otherStudent, List.of(o.english.id()), Set.of(),
                english(null).terms(), o.zhangWei, "", o.today(), null, "", null));
    }

    private NewContract english(NewPayment first) {
        return new NewContract(o.student, List.of(o.english.id()), Set.of(), Terms.of(30, PriceKind.PACKAGE,
                Fen.of(450_050), DiscountKind.NONE, null, null, ""), o.liMing, "", o.today(), null, "", first);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    void theTotalsOfEverythingLeaveVoidContractsOut() {
        ContractTotals t = o.contracts.list(o.manager, new ContractFilter(null, null, null, null, false)).totals();
        assertEquals(5, t.count());
        // 8,000 + 4,500.50 + 8,000 + 7,200 + 4,500.50
        assertEquals(3_220_100, t.signed().value());
        // 1,000 + 4,500.50 + 3,000 + 2,000
        assertEquals(1_050_050, t.received().value());
        assertEquals(120_025, t.refunded().value());
        // 7,000 + 5,200 + 4,500.50
        assertEquals(1_670_050, t.outstanding().value());
        assertEquals(6, o.contracts.list(o.manager, new ContractFilter(null, null, null, null, false)).rows().size());
    }

    @Test
    void eachFilterNarrowsTheListAndItsTotals() {
        ContractList nov = o.contracts.list(o.manager, ContractFilter.month(NOV));
        assertEquals(4, nov.totals().count());
        assertEquals(950_050, nov.totals().received().value());
        ContractList oct = o.contracts.list(o.manager, ContractFilter.month(OCT));
        assertEquals(List.of("HT202610-001"), oct.rows().stream().map(Contract::number).toList());
        assertEquals(700_000, oct.totals().outstanding().value());

        ContractList zhang = o.contracts.list(o.manager, new ContractFilter(null, o.zhangWei, null, null, false));
        assertEquals(List.of("王小虎"), zhang.rows().stream().map(Contract::studentName).toList());

        ContractList unpaid = o.contracts.list(o.manager, new ContractFilter(null, null, null, null, true));
        assertEquals(3, unpaid.totals().count());
        assertEquals(1_670_050, unpaid.totals().outstanding().value());

        ContractList english = o.contracts.list(o.manager, new ContractFilter(NOV, null, null, o.english.id(), false));
        assertEquals(900_100, english.totals().signed().value());

        ContractList refunded = o.contracts.list(o.manager, new ContractFilter(null, null, ContractStatus.REFUNDED,
                null, false));
        assertEquals(300_000, refunded.totals().received().value());
        assertEquals(120_025, refunded.totals().refunded().value());

        ContractList voided = o.contracts.list(o.manager, new ContractFilter(null, null, ContractStatus.VOID, null,
                false));
        assertEquals(1, voided.rows().size());
        assertEquals(ContractTotals.NONE, voided.totals());
    }

    @Test
    void aCounselorListsTheirFamiliesContractsOnly() {
        ContractList mine = o.contracts.list(o.zhangWei, new ContractFilter(null, null, null, null, false));
        assertEquals(List.of("王小虎"), mine.rows().stream().map(Contract::studentName).toList());
        assertEquals(450_050, mine.totals().outstanding().value());
        assertEquals(5, o.contracts.list(o.liMing, new ContractFilter(null, null, null, null, false)).rows().size());
        assertEquals(6, o.contracts.list(o.frontDesk, new ContractFilter(null, null, null, null, false)).rows().size());
    }
}
