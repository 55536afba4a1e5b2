package com.counseldesk.contract.ui;

import static com.counseldesk.testutil.Messages.assertMsg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseDetails;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.Subject;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract form without the toolkit: what it proposes, the amount due as typed, each field's message. */
class ContractFormViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private ContractService contracts;
    private CourseService courses;
    private Registration r;
    private final List<ContractPage> stored = new ArrayList<>();

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        contracts = new ContractService(t.db, t.clock, t.families, t.office);
        courses = new CourseService(t.db, t.clock, t.office);
        long manager = t.staffId(TestOffice.MANAGER);
        courses.add(manager, new CourseDetails("初二数学", CourseKind.COURSE, Set.of(Subject.MATH), 40), Fen.yuan(8000));
        courses.add(manager, new CourseDetails("英语提高", CourseKind.COURSE, Set.of(Subject.ENGLISH), 30),
                Fen.of(450_050));
        r = t.register(t.walkIn(TestOffice.COUNSELOR));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private ContractFormViewModel form(String who) {
        ContractFormViewModel vm = new ContractFormViewModel(r.householdId(), null, contracts, courses, t.families,
                t.office, Background.direct(), new RecordingDialogs(), t.staff(who), t.clock);
        vm.onDone(stored::add);
        vm.load();
        return vm;
    }

    private Course course(ContractFormViewModel vm, String name) {
        return vm.offered().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFormProposesTheStudentTheOwnerTodayAndTheNextNumber() {
        ContractFormViewModel vm = form(TestOffice.COUNSELOR);
        assertEquals("张子涵", vm.studentProperty().get().name());
        assertEquals("李明", vm.counselorProperty().get().name());
        assertEquals("2026-11-27", vm.signedOnProperty().get());
        assertEquals("HT202611-001", vm.nextNumberProperty().get());
        assertMsg(new Msg("contract.form.dueIncomplete"), vm.dueProperty().get());
        assertNull(vm.messageProperty().get());
    }

    @Test
    void coursesFillHoursPriceAndSubjectsAndTheAmountDueFollowsWhatIsTyped() {
        ContractFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.addCourse(course(vm, "初二数学"));
        vm.addCourse(course(vm, "英语提高"));
        assertEquals("70", vm.hoursProperty().get());
        assertEquals("12,500.50", vm.priceProperty().get());
        assertTrue(vm.subjectProperty(Subject.MATH).get());
        assertTrue(vm.subjectProperty(Subject.ENGLISH).get());
        assertFalse(vm.subjectProperty(Subject.PHYSICS).get());

        vm.discountKindProperty().set(DiscountKind.PERCENT);
        vm.discountProperty().set("7.25");
        vm.discountReasonProperty().set("老带新");
        // 7.25% of ¥12,500.50 = 90,628.625 fen → ¥906.29
        assertMsg(new Msg("contract.form.dueLine", Fen.of(1_250_050), Fen.of(90_629), Fen.of(1_159_421)),
                vm.dueProperty().get());

        vm.priceKindProperty().set(PriceKind.UNIT);
        // ¥12,500.50 over 70 hours is ¥178.5785… an hour → ¥178.58; × 70 = ¥12,500.60
        assertEquals("178.58", vm.priceProperty().get());
        assertMsg(new Msg("contract.form.dueLine", Fen.of(1_250_060), Fen.of(90_629), Fen.of(1_159_431)),
                vm.dueProperty().get());
    }

    @Test
    void wrongFieldsAreRefusedBesideThemAndNothingIsStored() {
        ContractFormViewModel vm = form(TestOffice.COUNSELOR);
        assertFalse(vm.save());
        assertMsg(new Msg("error.contract.courses"), vm.error("courses").get());
        assertEquals("courses", vm.firstInvalid());

        vm.addCourse(course(vm, "初二数学"));
        vm.discountKindProperty().set(DiscountKind.AMOUNT);
        vm.discountProperty().set("8000.01");
        vm.depositProperty().set("12.345");
        vm.numberProperty().set("HT 1");
        vm.startsOnProperty().set("2026-11-20");
        assertFalse(vm.save());
        assertMsg(new Msg("error.contract.discountAbovePrice", Fen.yuan(8000)), vm.error(Terms.DISCOUNT).get());
        assertMsg(new Msg("error.money.decimals"), vm.error(NewPayment.AMOUNT).get());
        assertMsg(new Msg("error.contract.numberSpaces"), vm.error("number").get());
        assertMsg(new Msg("error.contract.startsBeforeSigned"), vm.error("startsOn").get());
        assertEquals(0, t.count("contract"));

        vm.discountProperty().set("500");
        vm.discountReasonProperty().set("老带新");
        vm.depositProperty().set("7500.01");
        assertFalse(vm.save());
        assertMsg(new Msg("error.payment.over", Fen.of(750_000)), vm.error(NewPayment.AMOUNT).get());
        assertMsg(new Msg("error.required"), vm.error(NewPayment.METHOD).get());
        assertMsg(new Msg("error.required"), vm.error(NewPayment.RECEIPT).get());
    }

    @Test
    void aValidFormStoresTheContractWithItsDeposit() {
        ContractFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.addCourse(course(vm, "初二数学"));
        vm.depositProperty().set("1,000");
        vm.depositMethodProperty().set(PayMethod.WECHAT);
        vm.receiptProperty().set("SJ0001");
        assertTrue(vm.save());
        assertEquals(1, stored.size());
        assertEquals("HT202611-001", stored.get(0).contract().number());
        assertEquals(700_000, stored.get(0).contract().outstanding().value());
    }

    @Test
    void anotherCounselorIsToldTheFamilyIsNotTheirs() {
        ContractFormViewModel vm = form(TestOffice.OTHER_COUNSELOR);
        assertMsg(new Msg("error.contract.notYours"), vm.messageProperty().get());
        vm.addCourse(course(vm, "初二数学"));
        vm.counselorProperty().set(t.staff(TestOffice.OTHER_COUNSELOR));
        assertTrue(vm.save());
        assertMsg(new Msg("error.contract.notYours"), vm.messageProperty().get());
        assertEquals(0, t.count("contract"));
    }
}
