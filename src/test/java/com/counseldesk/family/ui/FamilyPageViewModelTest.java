package com.counseldesk.family.ui;

import static com.counseldesk.family.FamilyFixture.COUNSELOR;
import static com.counseldesk.family.FamilyFixture.MANAGER;
import static com.counseldesk.family.FamilyFixture.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Change;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.FamilyFixture;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The family page's view model, without the toolkit: work runs in line, dialogs are recorded. */
class FamilyPageViewModelTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);
    @TempDir
    Path dir;
    private FamilyFixture f;
    private RecordingDialogs dialogs;
    private Registration zhang;

    @BeforeEach
    void open() {
        f = FamilyFixture.typical(dir);
        dialogs = new RecordingDialogs();
        zhang = f.register("138 1234 5678", "张子涵", "王丽", COUNSELOR);
        f.clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private FamilyPageViewModel page(long householdId, String staffName) {
        Staff me = f.staff(staffName);
        FamilyPageViewModel vm = new FamilyPageViewModel(householdId, f.families, f.office, Background.direct(),
                dialogs, () -> me, f.clock);
        vm.load();
        return vm;
    }

    private List<String> historyRows(FamilyPageViewModel vm) {
        HistoryText text = new HistoryText(ZH, vm.cardProperty().get(), vm.timeline());
        return vm.history().stream().map(c -> text.who(c) + "|" + text.what(c) + "|" + text.change(c) + "|"
                + c.reason()).toList();
    }

    @Test
    void showsTheHouseholdItsVisitsReferralsAndReferrer() {
        Registration referred = f.referred("139 0000 2222", "刘洋", "刘母", OTHER_COUNSELOR, zhang.householdId());

        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);

        assertEquals("张子涵", vm.cardProperty().get().studentNames());
        assertEquals("张子涵", ZH.t(vm.title()));
        assertEquals(List.of("张子涵"), vm.students().stream().map(s -> s.studentProperty().get().name()).toList());
        assertEquals(List.of("王丽"), vm.contacts().stream().map(c -> c.contactProperty().get().name()).toList());
        assertEquals(List.of(referred.householdId()), vm.referrals().stream().map(c -> c.id()).toList());
        assertNull(vm.referrerProperty().get());
        assertEquals(1, vm.timeline().size());
        assertEquals(zhang.visitId(), vm.timeline().get(0).refId());
        assertEquals(List.of(), vm.history());
        assertFalse(vm.loadingProperty().get());
        assertFalse(vm.missingProperty().get());

        FamilyPageViewModel other = page(referred.householdId(), COUNSELOR);
        assertEquals(zhang.householdId(), other.referrerProperty().get().id());
    }

    @Test
    void anUnknownHouseholdIsSaidToBeMissing() {
        FamilyPageViewModel vm = page(9999, COUNSELOR);

        assertTrue(vm.missingProperty().get());
        assertNull(vm.cardProperty().get());
        assertEquals("未找到的家庭", ZH.t(vm.title()));
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void aContactEditedIsSavedAndTheHistoryShowsTheNewRow() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        AtomicInteger saved = new AtomicInteger();
        vm.onSaved(saved::incrementAndGet);
        ContactForm mother = vm.contacts().get(0);

        mother.edit();
        assertTrue(mother.isOpen());
        assertEquals("王丽", mother.nameProperty().get());
        assertEquals(Relation.MOTHER, mother.relationProperty().get());
        mother.nameProperty().set(" 王莉 ");

        assertTrue(mother.save());

        assertFalse(mother.isOpen());
        assertEquals("王莉", vm.contacts().get(0).contactProperty().get().name());
        assertEquals(List.of("李明|联系人 王莉 · 姓名|王丽 → 王莉|"), historyRows(vm));
        assertEquals(1, saved.get());
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void aStudentEditedShowsGradeLabelsInTheHistory() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        StudentForm s = vm.students().get(0);

        s.edit();
        assertEquals(Grade.J2, s.gradeProperty().get());
        s.gradeProperty().set(Grade.J3);
        s.schoolProperty().set("育才中学");
        assertTrue(s.save());

        Student stored = vm.students().get(0).studentProperty().get();
        assertEquals("育才中学", stored.school());
        assertTrue(historyRows(vm).containsAll(List.of("李明|学生 张子涵 · 年级|初二 → 初三|",
                "李明|学生 张子涵 · 学校|实验中学 → 育才中学|")), historyRows(vm).toString());
    }

    @Test
    void aBlankNameIsRefusedBesideTheFieldAndNothingIsSaved() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        StudentForm s = vm.students().get(0);
        s.edit();
        assertNull(s.error("studentName").get(), "a fresh form is not red");

        s.nameProperty().set("  ");

        assertEquals(new Msg("error.required").key(), s.error("studentName").get().key());
        assertFalse(s.save());
        assertTrue(s.isOpen());
        assertEquals("张子涵", f.card(zhang.householdId()).students().get(0).name());
        assertEquals(List.of(), f.families.history(zhang.householdId()));
    }

    @Test
    void aNewStudentIsAdded() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        StudentForm added = vm.newStudent();

        added.edit();
        added.nameProperty().set("张小红");
        added.gradeProperty().set(Grade.P3);
        assertTrue(added.save());

        assertEquals(List.of("张子涵", "张小红"),
                vm.students().stream().map(s -> s.studentProperty().get().name()).toList());
        assertEquals("张子涵、张小红", vm.cardProperty().get().studentNames());
        assertEquals(List.of("李明|学生 张小红 · 新增|（空） → 张小红|"), historyRows(vm));
    }

    @Test
    void aNumberOfAnotherHouseholdIsRefusedBesideThePhoneNamingOnlyItsOwner() {
        f.register("139 8888 7777", "李小龙", "李母", OTHER_COUNSELOR);
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        PhoneForm phone = vm.contacts().get(0).phoneForm();

        phone.edit();
        phone.numberProperty().set("139-8888-7777");
        assertTrue(phone.save());

        Msg refusal = phone.error("phone").get();
        assertEquals("error.phone.taken", refusal.key());
        assertEquals(List.of(OTHER_COUNSELOR), List.of(refusal.args()));
        assertTrue(phone.isOpen(), "the form stays open with the number typed");
        assertEquals(1, vm.contacts().get(0).contactProperty().get().phones().size());
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void aPhoneIsAddedToTheContactAndRemovedAfterAsking() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        PhoneForm add = vm.contacts().get(0).phoneForm();
        add.edit();
        add.numberProperty().set("139 0000 1111");
        assertTrue(add.save());
        Contact mother = vm.contacts().get(0).contactProperty().get();
        assertEquals(List.of("138 1234 5678", "139 0000 1111"),
                mother.phones().stream().map(p -> p.phone().display()).toList());
        ContactPhone first = mother.phones().get(0);

        dialogs.answer(false);
        vm.removePhone(first);
        assertEquals(2, vm.contacts().get(0).contactProperty().get().phones().size(), "kept when the answer is no");

        dialogs.answer(true);
        vm.removePhone(first);

        assertEquals(List.of("139 0000 1111"), vm.contacts().get(0).contactProperty().get().phones().stream()
                .map(p -> p.phone().display()).toList());
        assertEquals(2, dialogs.asked().size());
        assertEquals(new Msg("family.phone.removeAsk", "138 1234 5678").args()[0], dialogs.asked().get(0).message()
                .args()[0]);
        assertEquals(List.of("李明|联系人 王丽 · 停用电话|138 1234 5678 → （空）|",
                "李明|联系人 王丽 · 添加电话|（空） → 139 0000 1111|"), historyRows(vm));
    }

    @Test
    void aContactIsAddedWithTheirNumber() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        PhoneForm father = vm.newContact();

        father.edit();
        father.nameProperty().set("张强");
        father.relationProperty().set(Relation.FATHER);
        father.numberProperty().set("13700001234");
        assertTrue(father.save());

        assertEquals(List.of("王丽", "张强"), vm.contacts().stream().map(c -> c.contactProperty().get().name())
                .toList());
    }

    @Test
    void aSystemFailureIsADialogAndNothingIsHalfSaved() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        FailingWrites.start(f.db, "INSERT", "change_log");
        ContactForm mother = vm.contacts().get(0);
        mother.edit();
        mother.nameProperty().set("王莉");

        assertTrue(mother.save());

        RecordingDialogs.Shown shown = dialogs.single();
        assertEquals("family.saveFailed", shown.title().key());
        assertEquals("family.saveFailed.detail", shown.message().key());
        assertTrue(mother.isOpen(), "the form keeps what was typed");
        assertEquals("王莉", mother.nameProperty().get());
        assertFalse(mother.savingProperty().get());
        assertEquals("王丽", f.card(zhang.householdId()).mainContact().name(), "the contact was not changed");
    }

    @Test
    void onlyAManagerIsOfferedTheReassignmentAndOnlyAManagersIsStored() {
        FamilyPageViewModel counselor = page(zhang.householdId(), COUNSELOR);
        assertFalse(counselor.canReassign());
        assertEquals(List.of(), counselor.counselors());
        // Even when asked to, the service refuses anyone but a manager, beside the owner field.
        counselor.owner().edit();
        counselor.owner().ownerProperty().set(f.staff(OTHER_COUNSELOR));
        counselor.owner().reasonProperty().set("想接手");
        counselor.owner().save();
        assertEquals("error.owner.managerOnly", counselor.owner().error(OwnerForm.OWNER).get().key());
        assertEquals(COUNSELOR, f.card(zhang.householdId()).ownerName());

        FamilyPageViewModel manager = page(zhang.householdId(), MANAGER);
        assertTrue(manager.canReassign());
        assertEquals(List.of(MANAGER, COUNSELOR, OTHER_COUNSELOR),
                manager.counselors().stream().map(Staff::name).toList());
        OwnerForm owner = manager.owner();
        owner.edit();
        owner.ownerProperty().set(manager.counselors().get(2));
        assertFalse(owner.save(), "a reason is required");
        assertEquals("error.required", owner.error(OwnerForm.REASON).get().key());

        owner.reasonProperty().set("李明离职");
        assertTrue(owner.save());

        assertEquals(OTHER_COUNSELOR, manager.cardProperty().get().ownerName());
        assertEquals(List.of("赵丽|家庭 · 归属咨询师|李明 → 张伟|李明离职"), historyRows(manager));
    }

    @Test
    void aVoidedVisitIsMarkedOnTheTimelineAndNamedInTheHistory() {
        FamilyPageViewModel vm = page(zhang.householdId(), COUNSELOR);
        f.visits.voidVisit(zhang.visitId(), "重复登记", f.staff(COUNSELOR).id());

        vm.load();

        assertTrue(vm.timeline().get(0).voided());
        Change c = vm.history().get(0);
        HistoryText text = new HistoryText(ZH, vm.cardProperty().get(), vm.timeline());
        assertEquals("来访 2026-11-27 10:00 · 状态", text.what(c));
        assertEquals("等待中 → 已作废", text.change(c));
        assertEquals("重复登记", c.reason());
    }
}
