package com.counseldesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Change;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.Subject;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.TestOffice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing, payments, refunds, void and completion at service level, on both stores; today is 2026-11-27. */
class ContractServiceTest {
    @TempDir
    Path dir;
    private ContractOffice o;

    @BeforeEach
    void office() {
        o = new ContractOffice(dir);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    void signingWithADepositRecordsTheContractThePaymentAndTheStudentsStage() {
        ContractPage page = o.sign(o.mathContract(o.cash(100_000, "SJ0001")));

        Contract c = page.contract();
        assertEquals("HT202611-001", c.number());
        assertEquals("张子涵", c.studentName());
        assertEquals("李明", c.counselorName());
        assertEquals(List.of(new ContractCourse(o.math.id(), "初二数学", 40, Fen.yuan(8000))), c.courses());
        assertEquals(List.of(Subject.MATH), c.subjects());
        assertEquals(ContractStatus.ACTIVE, c.status());
        assertEquals(800_000, c.terms().due().value());
        assertEquals(100_000, c.paid().value());
        assertEquals(700_000, c.outstanding().value());
        assertEquals(o.today().plusDays(3), c.startsOn());
        assertEquals("周六上午上课", c.remarks());
        assertEquals(1, page.payments().size());
        assertEquals(PaymentKind.DEPOSIT, page.payments().get(0).kind());
        assertEquals("SJ0001", page.payments().get(0).receiptNo());
        assertEquals(List.of(EventAction.SIGNED, EventAction.PAID),
                page.history().stream().map(ContractEvent::action).toList());
        assertEquals("李明", page.history().get(0).staffName());

        assertEquals(Stage.SIGNED, o.t.household(o.family.id()).student(o.student).stage());
        Change stage = o.t.families.history(o.family.id()).stream().filter(ch -> ch.field().equals("stage"))
                .findFirst().orElseThrow();
        assertEquals("VISITED", stage.before());
        assertEquals("SIGNED", stage.after());
        assertEquals("李明", stage.staffName());
    }

    @Test
    void numbersFollowTheFormatPerMonthAndTypedOnesMustBeFree() {
        assertEquals("HT202611-001", o.contracts.nextNumber(o.today()));
        o.sign(o.mathContract(null));
        assertEquals("HT202611-002", o.contracts.nextNumber(o.today()));
        // A pre-printed number typed by hand that the format would give next: the format goes past it.
        NewContract typed = new NewContract(o.student, List.of(o.english.id()), Set.of(), o.mathContract(null).terms(),
                o.liMing, "HT202611-002", o.today(), null, "", null);
        assertEquals("HT202611-002", o.sign(typed).contract().number());
        assertEquals("HT202611-003", o.sign(o.mathContract(null)).contract().number());
        ValidationException e = assertThrows(ValidationException.class, () -> o.sign(typed));
        assertEquals(NewContract.NUMBER, e.field());
        assertEquals("error.contract.numberTaken", e.messageKey());
        assertEquals("HT202612-001", o.contracts.nextNumber(o.today().plusMonths(1)));

        o.contracts.setNumberFormat(o.manager, "{yyyy}-{seq:4}");
        assertEquals("2026-0001", o.sign(o.mathContract(null)).contract().number());
        assertEquals("error.numberFormat.managerOnly", assertThrows(ValidationException.class,
                () -> o.contracts.setNumberFormat(o.liMing, "X{seq}")).messageKey());
    }

    @Test
    void instalmentsAddUpToTheAmountDueAndAnOverpaymentIsRefused() {
        long id = o.sign(o.mathContract(o.cash(100_000, "R1"))).contract().id();
        ContractPage p = o.contracts.pay(o.frontDesk, id, new NewPayment(Fen.parse("a", "2,500.50"),
                PayMethod.WECHAT, "R2", o.today()));
        assertEquals(PaymentKind.INSTALMENT, p.payments().get(1).kind());
        assertEquals(350_050, p.contract().paid().value());
        assertEquals(449_950, p.contract().outstanding().value());

        ValidationException over = assertThrows(ValidationException.class, () -> o.contracts.pay(o.frontDesk, id,
                new NewPayment(Fen.of(449_951), PayMethod.CASH, "R3", o.today())));
        assertEquals(NewPayment.AMOUNT, over.field());
        assertEquals("error.payment.over", over.messageKey());
        assertEquals(Fen.of(449_950), over.args()[0]);
        ValidationException receipt = assertThrows(ValidationException.class, () -> o.contracts.pay(o.frontDesk, id,
                new NewPayment(Fen.of(1), PayMethod.CASH, "R2", o.today())));
        assertEquals("error.payment.receiptTaken", receipt.messageKey());
        assertEquals("error.payment.future", assertThrows(ValidationException.class, () -> o.contracts.pay(
                o.frontDesk, id, new NewPayment(Fen.of(1), PayMethod.CASH, "R9", o.today().plusDays(1))))
                .messageKey());

        p = o.contracts.pay(o.liMing, id, new NewPayment(Fen.of(449_950), PayMethod.ALIPAY, "R3", o.today()));
        assertEquals(PaymentKind.BALANCE, p.payments().get(2).kind());
        assertEquals(800_000, p.contract().paid().value());
        assertEquals(0, p.contract().outstanding().value());
        assertEquals(800_000, p.payments().stream().mapToLong(x -> x.amount().value()).sum());
        assertFalse(p.mayPay());
        assertEquals("error.payment.over", assertThrows(ValidationException.class, () -> o.contracts.pay(
                o.frontDesk, id, new NewPayment(Fen.of(1), PayMethod.CASH, "R4", o.today()))).messageKey());
    }

    @Test
    void aPercentageDiscountIsStoredAsTypedAndRoundedHalfUp() {
        Terms t = Terms.of(30, PriceKind.PACKAGE, Fen.of(450_050), DiscountKind.PERCENT, null, new BigDecimal("7.25"),
                "老学员续费");
        Contract c = o.sign(new NewContract(o.student, List.of(o.english.id()), Set.of(), t, o.liMing, "", o.today(),
                null, "", null)).contract();
        Contract stored = o.contracts.page(o.manager, c.id()).contract();
        assertEquals(32_629, stored.terms().discount().value());
        assertEquals(417_421, stored.terms().due().value());
        assertEquals(new BigDecimal("7.25"), stored.terms().percent());
        assertEquals(DiscountKind.PERCENT, stored.terms().discountKind());
        assertEquals("老学员续费", stored.terms().discountReason());
    }

    @Test
    void aRefundIsAtMostWhatWasKeptApprovedByAManagerAndEndsTheContract() {
        long id = o.sign(o.mathContract(o.cash(300_000, "R1"))).contract().id();
        Refund tooMuch = new Refund(Fen.of(300_001), PayMethod.CASH, "学生转学", o.manager, o.today());
        assertEquals("error.refund.over", assertThrows(ValidationException.class,
                () -> o.contracts.refund(o.liMing, id, tooMuch)).messageKey());
        Refund byCounselor = new Refund(Fen.yuan(1000), PayMethod.CASH, "学生转学", o.zhangWei, o.today());
        ValidationException approver = assertThrows(ValidationException.class,
                () -> o.contracts.refund(o.liMing, id, byCounselor));
        assertEquals(Refund.APPROVED_BY, approver.field());
        assertEquals("error.contract.notYours", assertThrows(ValidationException.class, () -> o.contracts.refund(
                o.frontDesk, id, new Refund(Fen.yuan(1000), PayMethod.CASH, "x", o.manager, o.today()))).messageKey());

        ContractPage p = o.contracts.refund(o.liMing, id, new Refund(Fen.parse("a", "1,200.25"), PayMethod.TRANSFER,
                "学生转学", o.manager, o.today()));
        assertEquals(ContractStatus.REFUNDED, p.contract().status());
        assertEquals(300_000, p.contract().paid().value());
        assertEquals(120_025, p.contract().refunded().value());
        assertEquals(179_975, p.contract().kept().value());
        assertEquals(0, p.contract().outstanding().value());
        Payment refund = p.payments().get(1);
        assertEquals(PaymentKind.REFUND, refund.kind());
        assertEquals(null, refund.receiptNo());
        ContractEvent e = p.history().get(2);
        assertEquals(EventAction.REFUNDED, e.action());
        assertEquals("赵丽", e.approvedByName());
        assertEquals("学生转学", e.reason());
        assertEquals(Fen.of(120_025), e.amount());

        // Refunded is final: no more money, no second refund, no completion, no void.
        assertEquals("error.payment.closed", assertThrows(ValidationException.class, () -> o.contracts.pay(
                o.frontDesk, id, new NewPayment(Fen.of(1), PayMethod.CASH, "R2", o.today()))).messageKey());
        assertEquals("error.contract.status", assertThrows(ValidationException.class, () -> o.contracts.refund(
                o.liMing, id, new Refund(Fen.of(1), PayMethod.CASH, "x", o.manager, o.today()))).messageKey());
        assertEquals("error.contract.status", assertThrows(ValidationException.class,
                () -> o.contracts.complete(o.liMing, id)).messageKey());
        assertEquals("error.contract.status", assertThrows(ValidationException.class,
                () -> o.contracts.voidContract(o.manager, id, "录错")).messageKey());
    }

    @Test
    void completionNeedsNothingOwedAndIsFinal() {
        long id = o.sign(o.mathContract(o.cash(100_000, "R1"))).contract().id();
        ValidationException owed = assertThrows(ValidationException.class, () -> o.contracts.complete(o.liMing, id));
        assertEquals("error.contract.completeOwed", owed.messageKey());
        assertEquals(Fen.of(700_000), owed.args()[0]);
        o.contracts.pay(o.frontDesk, id, o.cash(700_000, "R2"));
        assertEquals("error.contract.notYours", assertThrows(ValidationException.class,
                () -> o.contracts.complete(o.frontDesk, id)).messageKey());

        ContractPage p = o.contracts.complete(o.liMing, id);
        assertEquals(ContractStatus.COMPLETED, p.contract().status());
        assertEquals(EventAction.COMPLETED, p.history().get(p.history().size() - 1).action());
        assertFalse(p.mayChange());
        assertEquals("error.contract.status", assertThrows(ValidationException.class, () -> o.contracts.refund(
                o.liMing, id, new Refund(Fen.of(1), PayMethod.CASH, "x", o.manager, o.today()))).messageKey());
    }

    @Test
    void onlyAManagerVoidsAndOnlyWhileNoMoneyWasTaken() {
        long paid = o.sign(o.mathContract(o.cash(100, "R1"))).contract().id();
        long unpaid = o.sign(o.mathContract(null)).contract().id();
        assertEquals("error.contract.notYours", assertThrows(ValidationException.class,
                () -> o.contracts.voidContract(o.liMing, unpaid, "录错")).messageKey());
        assertEquals("error.contract.voidPaid", assertThrows(ValidationException.class,
                () -> o.contracts.voidContract(o.manager, paid, "录错")).messageKey());
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> o.contracts.voidContract(o.manager, unpaid, " ")).messageKey());

        ContractPage p = o.contracts.voidContract(o.manager, unpaid, "录错了课程");
        assertEquals(ContractStatus.VOID, p.contract().status());
        ContractEvent e = p.history().get(1);
        assertEquals(EventAction.VOIDED, e.action());
        assertEquals("录错了课程", e.reason());
        assertEquals("赵丽", e.staffName());
        assertEquals("error.payment.closed", assertThrows(ValidationException.class, () -> o.contracts.pay(
                o.frontDesk, unpaid, o.cash(100, "R2"))).messageKey());
    }

    @Test
    void aFailureWhileSavingLeavesNeitherContractNorPayment() {
        FailingWrites.start(o.t.db, "INSERT", "payment");
        try {
            assertThrows(RuntimeException.class, () -> o.sign(o.mathContract(o.cash(100_000, "R1"))));
        } finally {
            FailingWrites.stop(o.t.db, "INSERT", "payment");
        }
        assertEquals(0, o.t.count("contract"));
        assertEquals(0, o.t.count("contract_course"));
        assertEquals(0, o.t.count("contract_event"));
        assertEquals(0, o.t.count("payment"));
        assertEquals(Stage.VISITED, o.t.household(o.family.id()).student(o.student).stage());
        assertEquals("HT202611-001", o.contracts.nextNumber(o.today()), "the number was not used up");
        assertEquals("HT202611-001", o.sign(o.mathContract(o.cash(100_000, "R1"))).contract().number());
    }

    @Test
    void badInputIsRefusedBesideItsField() {
        assertEquals(NewPayment.AMOUNT, assertThrows(ValidationException.class,
                () -> o.mathContract(o.cash(800_001, "R1"))).field());
        assertEquals(NewContract.COURSES, assertThrows(ValidationException.class, () -> new NewContract(o.student,
                List.of(), Set.of(), o.mathContract(null).terms(), o.liMing, "", o.today(), null, "", null)).field());
        assertEquals(NewContract.STARTS_ON, assertThrows(ValidationException.class, () -> new NewContract(o.student,
                List.of(o.math.id()), Set.of(), o.mathContract(null).terms(), o.liMing, "", o.today(),
                o.today().minusDays(1), "", null)).field());
        assertEquals("error.contract.signedFuture", assertThrows(ValidationException.class, () -> o.sign(
                new NewContract(o.student, List.of(o.math.id()), Set.of(), o.mathContract(null).terms(), o.liMing, "",
                        o.today().plusDays(1), null, "", null))).messageKey());
        assertEquals(NewContract.COUNSELOR, assertThrows(ValidationException.class, () -> o.sign(
                new NewContract(o.student, List.of(o.math.id()), Set.of(), o.mathContract(null).terms(), o.frontDesk,
                        "", o.today(), null, "", null))).field());
        assertEquals(NewPayment.RECEIPT, assertThrows(ValidationException.class,
                () -> o.cash(100, "A 1")).field());
        o.courses.setActive(o.manager, o.math.id(), false);
        assertEquals("error.contract.courseInactive", assertThrows(ValidationException.class,
                () -> o.sign(o.mathContract(null))).messageKey());
        assertEquals(0, o.t.count("contract"));
    }

    @Test
    void whoRecordsAndWhoSeesContracts() {
        assertEquals("error.contract.notYours", assertThrows(ValidationException.class,
                () -> o.contracts.sign(o.zhangWei, o.family.id(), o.mathContract(null))).messageKey());
        assertEquals("error.contract.notYours", assertThrows(ValidationException.class,
                () -> o.contracts.sign(o.frontDesk, o.family.id(), o.mathContract(null))).messageKey());
        assertTrue(o.contracts.maySign(o.liMing, o.family.id()));
        assertTrue(o.contracts.maySign(o.manager, o.family.id()));
        assertFalse(o.contracts.maySign(o.zhangWei, o.family.id()));
        assertFalse(o.contracts.maySign(o.frontDesk, o.family.id()));
        long id = o.contracts.sign(o.manager, o.family.id(), o.mathContract(o.cash(100, "R1"))).contract().id();

        assertEquals("error.contract.notYours", assertThrows(ValidationException.class,
                () -> o.contracts.page(o.zhangWei, id)).messageKey());
        assertEquals(List.of(), o.contracts.ofHousehold(o.zhangWei, o.family.id()));
        assertEquals(1, o.contracts.ofHousehold(o.frontDesk, o.family.id()).size());
        ContractPage desk = o.contracts.page(o.frontDesk, id);
        assertTrue(desk.mayPay());
        assertFalse(desk.mayChange());
        assertFalse(desk.mayVoid());
        assertTrue(o.contracts.page(o.manager, id).mayVoid());
        assertEquals(0, o.contracts.list(o.zhangWei, ContractFilter.month(null)).totals().count());
        assertEquals(1, o.contracts.list(o.frontDesk, ContractFilter.month(null)).totals().count());
    }

    @Test
    void contractsAreOnTheTimelineOfThoseWhoMaySeeThem() {
        long id = o.sign(o.mathContract(o.cash(100_000, "R1"))).contract().id();
        o.contracts.refund(o.liMing, id, new Refund(Fen.yuan(500), PayMethod.CASH, "搬家", o.manager, o.today()));
        long voided = o.sign(o.mathContract(null)).contract().id();
        o.contracts.voidContract(o.manager, voided, "重复录入");

        List<TimelineEntry> liMing = timeline(o.liMing);
        assertEquals(List.of("timeline.contract.signed", "timeline.contract.paid", "timeline.contract.refunded",
                "timeline.contract.signed", "timeline.contract.voided"), liMing.stream().map(TimelineEntry::kind).toList());
        assertEquals(List.of("HT202611-001", "张子涵", "40", Fen.yuan(8000), "李明"),
                List.of(liMing.get(0).summary().args()));
        assertEquals(List.of(Fen.yuan(500), "赵丽", "搬家", "HT202611-001"), List.of(liMing.get(2).summary().args()));
        assertFalse(liMing.get(0).voided());
        assertTrue(liMing.get(3).voided(), "the void contract's signing is struck through");
        assertEquals(id, liMing.get(0).refId());
        assertEquals(5, timeline(o.frontDesk).size());
        assertEquals(List.of(), timeline(o.zhangWei));
    }

    private List<TimelineEntry> timeline(long reader) {
        ContractTimeline source = new ContractTimeline(o.t.office, () -> reader);
        return o.t.db.read(h -> source.entries(h, o.family.id()));
    }

    @Test
    void aReferredFamilyNamesItsReferrer() {
        HouseholdCard referred = o.referrals.record(o.liMing, o.family.id(), new ReferredFamily(
                new StudentDetails("刘一鸣", Gender.MALE, Grade.J2, ""), new ContactDetails("刘强", Relation.FATHER),
                Phone.parse("139 8765 4321")));
        assertEquals(o.family.id(), referred.household().referredBy());
        assertEquals(o.liMing, referred.household().ownerId());
        assertEquals(List.of(referred.id()), o.t.families.referredBy(o.family.id()).stream().map(HouseholdCard::id)
                .toList());
        ValidationException taken = assertThrows(ValidationException.class, () -> o.referrals.record(o.liMing,
                o.family.id(), new ReferredFamily(new StudentDetails("王五", Gender.MALE, Grade.J2, ""),
                        new ContactDetails("", Relation.UNKNOWN), Phone.parse("13812345678"))));
        assertEquals(Phone.FIELD, taken.field());
    }
}
