package com.counseldesk.walkin.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WalkInViewModelTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;

    @TempDir
    Path dir;
    private TestOffice t;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WalkInViewModel vm;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        vm = viewModel(Background.direct());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private WalkInViewModel viewModel(Background background) {
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        WalkInViewModel model = new WalkInViewModel(t.registration, background, dialogs, () -> desk);
        model.setCounselors(t.office.counselors());
        return model;
    }

    private Staff counselor(String name) {
        return vm.counselors().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void fillValidForm() {
        vm.phoneProperty().set("138 1234 5678");
        vm.studentNameProperty().set("张子涵");
        vm.channelProperty().set(Channel.DIRECT);
        vm.counselorProperty().set(counselor(LI_MING));
    }

    private static String key(ObservableValue<Msg> value) {
        return value.getValue() == null ? null : value.getValue().key();
    }

    private String error(String field) {
        return key(vm.error(field));
    }

    private Registration registerKnownFamily() {
        return t.register(t.walkIn(LI_MING).phone("13812345678").student("张子涵").school("实验中学").parent("王丽"));
    }

    @Test
    void anEmptyFormIsInvalidButShowsNoMessagesYet() {
        assertFalse(vm.validProperty().get());
        for (String field : WalkInViewModel.FIELDS) {
            assertNull(error(field), field);
        }
        assertNull(vm.statusProperty().get());
    }

    @Test
    void savingAnEmptyFormIsRefusedAndShowsEveryMessage() {
        assertFalse(vm.save());

        assertEquals("error.required", error("phone"));
        assertEquals("error.required", error("studentName"));
        assertEquals("error.required", error("channel"));
        assertEquals("error.required", error("counselor"));
        assertNull(error("school"), "optional");
        assertNull(error("referrer"), "only referrals need a referrer");
        assertEquals("walkin.fixErrors", key(vm.statusProperty()));
        assertEquals(0, t.count("family"));
        assertEquals(List.of(), dialogs.shown());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            138 1234 567  | error.phone.mobileLength
            6234 5678     | error.phone.areaCode
            abc           | error.phone.letters
            """)
    void aWrongPhoneShowsItsReasonWhileTyping(String typed, String key) {
        vm.phoneProperty().set(typed);

        assertEquals(key, error("phone"));
        assertNull(error("studentName"), "fields not yet touched stay quiet");
    }

    @Test
    void aCorrectedPhoneClearsItsMessage() {
        vm.phoneProperty().set("138 1234 567");
        vm.phoneProperty().set("138 1234 5678");

        assertNull(error("phone"));
    }

    @Test
    void typingAKnownPhoneShowsTheFamilyAndFillsWhatIsEmpty() {
        long family = registerKnownFamily().familyId();
        vm.parentNameProperty().set("张强");

        vm.phoneProperty().set("+86 138-1234-5678");

        FamilyCard card = vm.knownFamilyProperty().get();
        assertEquals(family, card.family().id());
        assertEquals(LI_MING, card.ownerName());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals("实验中学", vm.schoolProperty().get());
        assertEquals("张强", vm.parentNameProperty().get(), "what the desk typed is kept");
        assertEquals(Gender.FEMALE, vm.genderProperty().get());
        assertEquals(Grade.J2, vm.gradeProperty().get());
        assertEquals(counselor(LI_MING), vm.counselorProperty().get(), "the owner is proposed");
        assertNull(vm.ownerWarningProperty().get());
    }

    @Test
    void correctingThePhoneToAnotherFamilyDoesNotCarryOverTheFirstFamilysDetails() {
        registerKnownFamily();
        long other = t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然").school("育才小学")
                .parent("陈静")).familyId();
        vm.phoneProperty().set("13812345678");

        vm.phoneProperty().set("13912345678");

        assertEquals(other, vm.knownFamilyProperty().get().family().id());
        assertEquals("李浩然", vm.studentNameProperty().get());
        assertEquals("育才小学", vm.schoolProperty().get());
        assertEquals("陈静", vm.parentNameProperty().get());
        assertEquals(counselor(ZHANG_WEI), vm.counselorProperty().get());

        vm.channelProperty().set(Channel.DIRECT);
        assertTrue(vm.save());
        assertEquals("李浩然", t.family(other).studentName());
        assertEquals("育才小学", t.family(other).school());
        assertEquals("张子涵", t.family("13812345678").studentName());
    }

    @Test
    void correctingThePhoneToANewNumberTakesBackOnlyWhatWasFilledIn() {
        registerKnownFamily();
        vm.parentNameProperty().set("张强");
        vm.phoneProperty().set("13812345678");
        vm.schoolProperty().set("第一中学");

        vm.phoneProperty().set("137 0000 0000");

        assertNull(vm.knownFamilyProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertEquals(Gender.UNKNOWN, vm.genderProperty().get());
        assertNull(vm.counselorProperty().get());
        assertEquals("张强", vm.parentNameProperty().get(), "typed before the lookup");
        assertEquals("第一中学", vm.schoolProperty().get(), "changed after the lookup");
    }

    @Test
    void anUnknownPhoneIsANewFamily() {
        registerKnownFamily();

        vm.phoneProperty().set("139 1234 5678");

        assertNull(vm.knownFamilyProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertNull(vm.counselorProperty().get());
    }

    @Test
    void choosingAnotherCounselorWarnsThatTheOwnerStays() {
        long family = registerKnownFamily().familyId();
        vm.phoneProperty().set("13812345678");

        vm.counselorProperty().set(counselor(ZHANG_WEI));

        Msg warning = vm.ownerWarningProperty().get();
        assertEquals("walkin.ownerKept", warning.key());
        assertArrayEquals(new Object[] {LI_MING}, warning.args());

        vm.channelProperty().set(Channel.INVITED);
        assertTrue(vm.save());

        assertEquals("walkin.saved.returning", key(vm.statusProperty()));
        assertArrayEquals(new Object[] {LI_MING}, vm.statusProperty().get().args());
        assertEquals(1, t.count("family"));
        assertEquals(t.staff(LI_MING).id(), t.family(family).ownerId());
    }

    @Test
    void goingBackToTheOwnerRemovesTheWarning() {
        registerKnownFamily();
        vm.phoneProperty().set("13812345678");
        vm.counselorProperty().set(counselor(ZHANG_WEI));

        vm.counselorProperty().set(counselor(LI_MING));

        assertNull(vm.ownerWarningProperty().get());
    }

    @Test
    void aFamilyOfAFormerCounselorIsNotProposedOrGuarded() {
        registerKnownFamily();
        t.deactivate(LI_MING);
        vm.setCounselors(t.office.counselors());

        vm.phoneProperty().set("13812345678");

        assertFalse(vm.knownFamilyProperty().get().ownerActive());
        assertNull(vm.counselorProperty().get());
        vm.counselorProperty().set(counselor(ZHANG_WEI));
        assertNull(vm.ownerWarningProperty().get());
    }

    @Test
    void aValidFormSavesAndClearsForTheNextFamily() {
        List<Registration> saved = new ArrayList<>();
        vm.onSaved(saved::add);
        fillValidForm();
        assertTrue(vm.validProperty().get());

        assertTrue(vm.save());

        assertEquals(1, t.count("family"));
        assertEquals("walkin.saved.new", key(vm.statusProperty()));
        assertArrayEquals(new Object[] {LI_MING}, vm.statusProperty().get().args());
        assertEquals(1, saved.size());
        assertEquals("张子涵", t.family(saved.get(0).familyId()).studentName());
        assertEquals("", vm.phoneProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertNull(vm.channelProperty().get());
        assertNull(vm.counselorProperty().get());
        assertFalse(vm.validProperty().get());
        for (String field : WalkInViewModel.FIELDS) {
            assertNull(error(field), field);
        }
    }

    @Test
    void aFailedSaveSaysNothingWasStoredAndKeepsWhatWasTyped() {
        t.failVisitInserts();
        fillValidForm();
        vm.schoolProperty().set("实验中学");

        vm.save();

        RecordingDialogs.Shown dialog = dialogs.single();
        assertEquals("walkin.saveFailed", dialog.title().key());
        assertEquals("walkin.saveFailed.detail", dialog.message().key());
        assertTrue(String.valueOf(dialog.message().args()[0]).contains("disk full"));
        assertEquals("walkin.saveFailed", key(vm.statusProperty()));
        assertFalse(vm.savingProperty().get());
        assertEquals(0, t.count("family"));
        assertEquals("138 1234 5678", vm.phoneProperty().get());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals("实验中学", vm.schoolProperty().get());
        assertEquals(counselor(LI_MING), vm.counselorProperty().get());

        t.execute("DROP TRIGGER fail_visit");
        assertTrue(vm.save());
        assertEquals(1, t.count("family"), "the kept form can be saved again");
    }

    @Test
    void aRefusalFromTheOfficeShowsBesideItsField() {
        fillValidForm();
        t.deactivate(LI_MING);

        vm.save();

        assertEquals("error.counselor.invalid", error("counselor"));
        assertEquals("walkin.fixErrors", key(vm.statusProperty()));
        assertEquals(List.of(), dialogs.shown());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals(0, t.count("family"));
    }

    @Test
    void aReferralIsFoundByTheReferrersPhone() {
        long referrer = t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然")).familyId();
        fillValidForm();
        vm.channelProperty().set(Channel.REFERRAL);

        assertFalse(vm.save());
        assertEquals("error.referrer.required", error("referrer"));

        vm.referrerPhoneProperty().set("137 0000 0000");
        assertEquals("error.referrer.unknown", error("referrer"));
        assertNull(vm.referrerProperty().get());

        vm.referrerPhoneProperty().set("139-1234-5678");
        assertEquals(referrer, vm.referrerProperty().get().family().id());
        assertNull(error("referrer"));

        assertTrue(vm.save());
        assertEquals(referrer, t.family("13812345678").referredBy());
    }

    @Test
    void aFamilyCannotReferItself() {
        fillValidForm();
        vm.channelProperty().set(Channel.REFERRAL);

        vm.referrerPhoneProperty().set("+86 138 1234 5678");

        assertEquals("error.referrer.self", error("referrer"));
        assertFalse(vm.save());
    }

    @Test
    void aWrongReferrerPhoneShowsItsReason() {
        vm.channelProperty().set(Channel.REFERRAL);

        vm.referrerPhoneProperty().set("139 1234");

        assertEquals("error.phone.mobileLength", error("referrer"));
    }

    @Test
    void suggestionsAppearAfterFourDigits() {
        t.register(t.walkIn(LI_MING).phone("13812345678").student("甲"));
        t.register(t.walkIn(LI_MING).phone("13812340000").student("乙"));
        t.register(t.walkIn(LI_MING).phone("13912345678").student("丙"));

        vm.phoneProperty().set("138");
        assertEquals(List.of(), suggested());

        vm.phoneProperty().set("1381");
        assertEquals(List.of("乙", "甲"), suggested());

        vm.phoneProperty().set("138 1234 5");
        assertEquals(List.of("甲"), suggested());

        vm.phoneProperty().set("138 1234 5678");
        assertEquals(List.of(), suggested(), "a complete number shows the family instead");
        assertEquals("甲", vm.knownFamilyProperty().get().family().studentName());
    }

    private List<String> suggested() {
        return vm.suggestions().stream().map(c -> c.family().studentName()).toList();
    }

    @Test
    void pickingASuggestionTakesItsNumber() {
        registerKnownFamily();
        vm.phoneProperty().set("1381");

        vm.pick(vm.suggestions().get(0));

        assertEquals("138 1234 5678", vm.phoneProperty().get());
        assertEquals("张子涵", vm.knownFamilyProperty().get().family().studentName());
    }

    @Test
    void aNewFormForgetsTheLastFamily() {
        registerKnownFamily();
        vm.phoneProperty().set("13812345678");
        assertFalse(vm.save());
        assertEquals("error.required", error("channel"));

        vm.newForm();

        assertEquals("", vm.phoneProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertEquals(Gender.UNKNOWN, vm.genderProperty().get());
        assertNull(vm.counselorProperty().get());
        assertNull(vm.knownFamilyProperty().get());
        assertNull(error("channel"));
    }

    @Test
    void whileSavingASecondSaveIsRefused() {
        Queue<Runnable> worker = new ArrayDeque<>();
        vm = viewModel(new Background(worker::add, Runnable::run));
        fillValidForm();
        runAll(worker);

        assertTrue(vm.save());
        assertTrue(vm.savingProperty().get());
        assertEquals("walkin.saving", key(vm.statusProperty()));
        assertFalse(vm.save());

        runAll(worker);
        assertFalse(vm.savingProperty().get());
        assertEquals("walkin.saved.new", key(vm.statusProperty()));
        assertEquals(1, t.count("family"));
        assertEquals(1, t.count("visit"));
    }

    private static void runAll(Queue<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
