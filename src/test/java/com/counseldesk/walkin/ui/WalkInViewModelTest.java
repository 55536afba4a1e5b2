package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
    /** The form's fields, as the view shows their messages. */
    private static final List<String> FIELDS = List.of("phone", "studentName", "school", "parentName", "channel",
            "referrer", "whoCame", "purpose", "counselor");
    private static final I18n ZH = new I18n(I18n.CHINESE);

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
        WalkInViewModel model = new WalkInViewModel(t.walkIns, t.families, background, dialogs, () -> desk, t.clock);
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

    /** The status line as the desk reads it. */
    private String status() {
        return ZH.t(vm.statusProperty().get());
    }

    private Registration registerKnownHousehold() {
        return t.register(t.walkIn(LI_MING).phone("13812345678").student("张子涵").school("实验中学").parent("王丽"));
    }

    /** The known household with a second child, 张子轩 (三年级, 实验小学). */
    private Student addSecondChild() {
        return t.student(t.register(t.walkIn(LI_MING).phone("13812345678").newChild().student("张子轩")
                .gender(Gender.MALE).grade(Grade.P3).school("实验小学")));
    }

    private List<String> choices() {
        return vm.studentChoices().stream().map(Student::name).toList();
    }

    private void assertStudentFieldsBlank() {
        assertEquals("", vm.studentNameProperty().get());
        assertEquals(Gender.UNKNOWN, vm.genderProperty().get());
        assertEquals(Grade.UNKNOWN, vm.gradeProperty().get());
        assertEquals("", vm.schoolProperty().get());
    }

    // ---- messages ----------------------------------------------------------------------------

    @Test
    void anEmptyFormIsInvalidButShowsNoMessagesYet() {
        assertFalse(vm.validProperty().get());
        for (String field : FIELDS) {
            assertNull(error(field), field);
        }
        assertNull(vm.statusProperty().get());
    }

    @Test
    void savingAnEmptyFormIsRefusedAndShowsEveryMessage() {
        assertFalse(vm.save());

        assertEquals("error.required", error("phone"));
        assertEquals("error.required", error("studentName"));
        assertEquals("error.channel.choose", error("channel"));
        assertEquals("error.counselor.choose", error("counselor"));
        assertNull(error("school"), "optional");
        assertNull(error("referrer"), "only referrals need a referrer");
        assertEquals(zh("walkin.fixField", zh("walkin.phone")), status(), "the status names the first field that needs attention");
        assertEquals(0, t.count("household"));
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void savingWithoutAChannelSaysSoAndSavesNothing() {
        fillValidForm();
        vm.channelProperty().set(null);

        assertFalse(vm.save());

        assertEquals("error.channel.choose", error("channel"));
        assertEquals("walkin.chooseField", key(vm.statusProperty()));
        assertEquals("请先选择“来源渠道”", status());
        assertEquals("channel", vm.fieldToFixProperty().get(), "the view puts the cursor there");
        for (String field : FIELDS) {
            if (!field.equals("channel")) {
                assertNull(error(field), field);
            }
        }
        assertEquals(0, t.count("household"));
        assertEquals(0, t.count("visit"));
        assertEquals("张子涵", vm.studentNameProperty().get(), "what was typed stays");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            138 1234 567  | error.phone.mobileLength
            6234 5678     | error.phone.areaCode
            abc           | error.phone.letters
            95588         | error.phone.service
            """)
    void aWrongPhoneShowsItsReasonOnceTheFieldIsLeft(String typed, String key) {
        vm.phoneProperty().set(typed);
        if (!key.equals("error.phone.letters")) {
            assertNull(error("phone"), "an unfinished number is not wrong yet");
        }

        vm.phoneLeft();

        assertEquals(key, error("phone"));
        assertNull(error("studentName"), "fields not yet touched stay quiet");
    }

    @Test
    void aLetterInThePhoneIsNamedAtOnce() {
        vm.phoneProperty().set("1391234567a");

        assertEquals("电话号码里有字母“a”：只能填数字（分机可写“转 123”）", ZH.t(vm.error("phone").get()));
    }

    @Test
    void aShortOrLongMobileSaysHowManyDigitsItHas() {
        vm.phoneProperty().set("139 1234 567");
        assertNull(error("phone"), "still being typed");
        assertTrue(vm.save() == false);
        assertEquals("手机号应为 11 位数字，现在是 10 位", ZH.t(vm.error("phone").get()));

        vm.phoneProperty().set("139 1234 56789");
        vm.phoneLeft();
        assertEquals("手机号应为 11 位数字，现在是 12 位", ZH.t(vm.error("phone").get()));
    }

    @Test
    void aCorrectedPhoneClearsItsMessage() {
        vm.phoneProperty().set("138 1234 567");
        vm.phoneProperty().set("138 1234 5678");

        assertNull(error("phone"));
    }

    // ---- the same family twice the same day ---------------------------------------------------

    private void fillKnownHousehold() {
        vm.phoneProperty().set("138 1234 5678");
        vm.channelProperty().set(Channel.DIRECT);
    }

    @Test
    void aFamilyWaitingTodayIsAskedAboutAndCancelKeepsTheFormAndShowsTheVisit() {
        Registration first = registerKnownHousehold();
        List<Long> shownVisits = new ArrayList<>();
        vm.onShowVisit(shownVisits::add);
        List<Registration> saved = new ArrayList<>();
        vm.onSaved(saved::add);
        dialogs.answer(false);
        fillKnownHousehold();

        vm.save();

        assertEquals(1, dialogs.asked().size());
        assertEquals("张子涵 今天已在等待（10:00 到达）。仍要再登记一次来访吗？\n选“取消”不再登记，并在今日来访中选中那一行。",
                ZH.t(dialogs.asked().get(0).message()));
        assertEquals(1, t.count("visit"), "nothing registered");
        assertEquals(List.of(first.visitId()), shownVisits, "today's board goes to the visit");
        assertEquals(List.of(), saved);
        assertEquals("138 1234 5678", vm.phoneProperty().get(), "the form is kept");
        assertEquals(zh("walkin.again.kept", "张子涵"), status());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void confirmingRegistersTheFamilyAgain() {
        registerKnownHousehold();
        fillKnownHousehold();

        assertTrue(vm.save());

        assertEquals(1, dialogs.asked().size());
        assertEquals(2, t.count("visit"));
        assertEquals(zh("walkin.saved.returning", LI_MING), status());
    }

    @Test
    void aFamilyInConsultationIsAskedAboutToo() {
        Registration first = registerKnownHousehold();
        t.visits.setStatus(first.visitId(), com.counseldesk.walkin.VisitStatus.CONSULTING);
        dialogs.answer(false);
        fillKnownHousehold();

        vm.save();

        assertEquals("walkin.again.CONSULTING", dialogs.asked().get(0).message().key());
        assertEquals(1, t.count("visit"));
    }

    @Test
    void aFamilyThatLeftOrWhoseVisitWasVoidedIsRegisteredWithoutAsking() {
        Registration first = registerKnownHousehold();
        t.visits.setStatus(first.visitId(), com.counseldesk.walkin.VisitStatus.LEFT);
        fillKnownHousehold();

        vm.save();

        assertEquals(List.of(), dialogs.asked());
        assertEquals(2, t.count("visit"));
    }

    // ---- the channel a returning family is proposed -------------------------------------------

    @Test
    void aReturningFamilyIsProposedTheChannelOfItsLastVisit() {
        t.register(t.walkIn(LI_MING).phone("13812345678").student("张子涵").channel(Channel.MARKETING));

        vm.phoneProperty().set("138 1234 5678");

        assertEquals(Channel.MARKETING, vm.channelProperty().get());
        assertEquals(Channel.MARKETING, vm.proposedChannelProperty().get());
        vm.channelProperty().set(Channel.DIRECT);
        assertEquals(Channel.DIRECT, vm.channelProperty().get(), "the desk may change it");
    }

    @Test
    void aKnownFamilyWithoutVisitsIsProposedAnInvitedVisit() {
        Registration first = registerKnownHousehold();
        t.visits.voidVisit(first.visitId(), "登记错了", null);

        vm.phoneProperty().set("138 1234 5678");

        assertEquals(Channel.INVITED, vm.channelProperty().get());
    }

    @Test
    void aChannelChosenBeforeTheNumberIsKept() {
        registerKnownHousehold();
        vm.channelProperty().set(Channel.PARTNER);

        vm.phoneProperty().set("138 1234 5678");

        assertEquals(Channel.PARTNER, vm.channelProperty().get());
        assertNull(vm.proposedChannelProperty().get());
    }

    // ---- a known household -------------------------------------------------------------------

    @Test
    void typingAKnownPhoneShowsTheHouseholdAndFillsWhatIsEmpty() {
        Registration known = registerKnownHousehold();
        vm.parentNameProperty().set("张强");

        vm.phoneProperty().set("+86 138-1234-5678");

        HouseholdCard card = vm.householdProperty().get();
        assertEquals(known.householdId(), card.id());
        assertEquals(LI_MING, card.ownerName());
        assertEquals(List.of("张子涵"), choices());
        assertEquals(known.studentId(), vm.studentProperty().get().id(), "the only child is chosen");
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals("实验中学", vm.schoolProperty().get());
        assertEquals(Gender.FEMALE, vm.genderProperty().get());
        assertEquals(Grade.J2, vm.gradeProperty().get());
        assertEquals("张强", vm.parentNameProperty().get(), "what the desk typed is kept");
        assertEquals(Relation.MOTHER, vm.relationProperty().get());
        assertEquals(counselor(LI_MING), vm.counselorProperty().get(), "the owner is proposed");
        assertNull(vm.ownerWarningProperty().get());
        assertNull(vm.attachToProperty().get());
        assertEquals(List.of(), vm.sameName());
    }

    @Test
    void theGradeIsPrefilledAsItIsToday() {
        t.clock.set(LocalDateTime.of(2026, 6, 30, 15, 0));
        t.register(t.walkIn(LI_MING).phone("13812345678").grade(Grade.P5));
        t.clock.set(LocalDateTime.of(2026, 9, 1, 9, 0));

        vm.phoneProperty().set("13812345678");

        assertEquals(Grade.P6, vm.gradeProperty().get());
    }

    @Test
    void withTwoChildrenTheDeskChoosesWhoCame() {
        Registration first = registerKnownHousehold();
        Student second = addSecondChild();

        vm.phoneProperty().set("13812345678");

        assertEquals(List.of("张子涵", "张子轩"), choices());
        assertSame(WalkInViewModel.NEW_STUDENT, vm.studentProperty().get(), "nobody is chosen for the desk");
        assertStudentFieldsBlank();
        assertEquals("王丽", vm.parentNameProperty().get(), "the parent is the household's");

        vm.studentProperty().set(vm.studentChoices().get(1));

        assertEquals(second.id(), vm.studentProperty().get().id());
        assertEquals("张子轩", vm.studentNameProperty().get());
        assertEquals(Gender.MALE, vm.genderProperty().get());
        assertEquals(Grade.P3, vm.gradeProperty().get());
        assertEquals("实验小学", vm.schoolProperty().get());

        vm.studentProperty().set(vm.studentChoices().get(0));

        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals(Gender.FEMALE, vm.genderProperty().get());
        assertEquals(Grade.J2, vm.gradeProperty().get());
        assertEquals("实验中学", vm.schoolProperty().get());
    }

    @Test
    void aBrotherTickedAsComingTooIsNamedByTheVisitAndForgottenForTheNextFamily() {
        Registration first = registerKnownHousehold();
        Student second = addSecondChild();
        List<Registration> saved = new ArrayList<>();
        vm.onSaved(saved::add);
        vm.phoneProperty().set("13812345678");
        vm.studentProperty().set(vm.studentChoices().get(0));
        vm.alsoCame().add(second.id());
        vm.channelProperty().set(Channel.INVITED);

        assertTrue(vm.save());

        VisitRow visit = t.visits.visitsOf(first.householdId()).get(0);
        assertEquals(saved.get(0).visitId(), visit.visitId());
        assertEquals(List.of(first.studentId(), second.id()), visit.studentIds());
        assertTrue(vm.alsoCame().isEmpty(), "the next family starts with nobody ticked");
    }

    @Test
    void choosingTheChildWhoWasTickedAsComingTooUnticksIt() {
        registerKnownHousehold();
        Student second = addSecondChild();
        vm.phoneProperty().set("13812345678");
        vm.alsoCame().add(second.id());

        vm.studentProperty().set(vm.studentChoices().get(1));

        assertTrue(vm.alsoCame().isEmpty());
    }

    @Test
    void choosingNewChildClearsWhatWasFilledInForAnother() {
        registerKnownHousehold();
        vm.phoneProperty().set("13812345678");
        assertEquals("张子涵", vm.studentNameProperty().get());

        vm.studentProperty().set(WalkInViewModel.NEW_STUDENT);

        assertStudentFieldsBlank();
        assertEquals("王丽", vm.parentNameProperty().get(), "the household's details stay");
        assertEquals(counselor(LI_MING), vm.counselorProperty().get());
    }

    @Test
    void aNewChildOfAKnownHouseholdIsSavedAsItsSecondStudent() {
        Registration first = registerKnownHousehold();
        List<Registration> saved = new ArrayList<>();
        vm.onSaved(saved::add);
        vm.phoneProperty().set("13812345678");
        vm.studentProperty().set(WalkInViewModel.NEW_STUDENT);
        vm.studentNameProperty().set("张子轩");
        vm.gradeProperty().set(Grade.P3);
        vm.channelProperty().set(Channel.DIRECT);

        assertTrue(vm.save());

        assertEquals("walkin.saved.newStudent", key(vm.statusProperty()));
        assertEquals(zh("walkin.saved.newStudent", LI_MING), status());
        assertEquals(first.householdId(), saved.get(0).householdId());
        HouseholdCard card = t.household("13812345678");
        assertEquals(List.of("张子涵", "张子轩"), card.students().stream().map(Student::name).toList());
        assertEquals("实验中学", card.student(first.studentId()).school(), "the first child is unchanged");
        assertEquals("", card.student(saved.get(0).studentId()).school(), "nothing of the first child was carried over");
        assertEquals(Grade.P3, card.student(saved.get(0).studentId()).grade());
        assertEquals(1, t.count("household"));
    }

    @Test
    void correctingThePhoneToAnotherHouseholdDoesNotCarryOverTheFirstHouseholdsDetails() {
        registerKnownHousehold();
        long other = t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然").school("育才小学")
                .parent("陈静")).householdId();
        vm.phoneProperty().set("13812345678");

        vm.phoneProperty().set("13912345678");

        assertEquals(other, vm.householdProperty().get().id());
        assertEquals(List.of("李浩然"), choices());
        assertEquals("李浩然", vm.studentNameProperty().get());
        assertEquals("育才小学", vm.schoolProperty().get());
        assertEquals("陈静", vm.parentNameProperty().get());
        assertEquals(counselor(ZHANG_WEI), vm.counselorProperty().get());

        vm.channelProperty().set(Channel.DIRECT);
        assertTrue(vm.save());
        assertEquals(List.of("李浩然"), t.household(other).students().stream().map(Student::name).toList());
        assertEquals("育才小学", t.household(other).students().get(0).school());
        assertEquals(List.of("张子涵"), t.household("13812345678").students().stream().map(Student::name).toList());
    }

    @Test
    void correctingThePhoneToANewNumberTakesBackOnlyWhatWasFilledIn() {
        registerKnownHousehold();
        vm.parentNameProperty().set("张强");
        vm.phoneProperty().set("13812345678");
        vm.schoolProperty().set("第一中学");

        vm.phoneProperty().set("137 0000 0000");

        assertNull(vm.householdProperty().get());
        assertEquals(List.of(), choices());
        assertEquals("", vm.studentNameProperty().get());
        assertEquals(Gender.UNKNOWN, vm.genderProperty().get());
        assertEquals(Grade.UNKNOWN, vm.gradeProperty().get());
        assertEquals(Relation.UNKNOWN, vm.relationProperty().get());
        assertNull(vm.counselorProperty().get());
        assertEquals("张强", vm.parentNameProperty().get(), "typed before the lookup");
        assertEquals("第一中学", vm.schoolProperty().get(), "changed after the lookup");
    }

    @Test
    void anUnknownPhoneIsANewHousehold() {
        registerKnownHousehold();

        vm.phoneProperty().set("139 1234 5678");

        assertNull(vm.householdProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertNull(vm.counselorProperty().get());
    }

    // ---- the owner ---------------------------------------------------------------------------

    @Test
    void choosingAnotherCounselorWarnsThatTheOwnerStays() {
        Registration known = registerKnownHousehold();
        vm.phoneProperty().set("13812345678");

        vm.counselorProperty().set(counselor(ZHANG_WEI));

        Msg warning = vm.ownerWarningProperty().get();
        assertEquals("walkin.ownerKept", warning.key());
        assertArrayEquals(new Object[] {LI_MING}, warning.args());

        vm.channelProperty().set(Channel.INVITED);
        assertTrue(vm.save());

        assertEquals("walkin.saved.returning", key(vm.statusProperty()));
        assertArrayEquals(new Object[] {LI_MING}, vm.statusProperty().get().args());
        assertEquals(1, t.count("household"));
        assertEquals(t.staff(LI_MING).id(), t.household(known.householdId()).household().ownerId());
    }

    @Test
    void goingBackToTheOwnerRemovesTheWarning() {
        registerKnownHousehold();
        vm.phoneProperty().set("13812345678");
        vm.counselorProperty().set(counselor(ZHANG_WEI));

        vm.counselorProperty().set(counselor(LI_MING));

        assertNull(vm.ownerWarningProperty().get());
    }

    @Test
    void aHouseholdOfAFormerCounselorIsNotProposedOrGuarded() {
        registerKnownHousehold();
        t.deactivate(LI_MING);
        vm.setCounselors(t.office.counselors());

        vm.phoneProperty().set("13812345678");

        assertFalse(vm.householdProperty().get().ownerActive());
        assertNull(vm.counselorProperty().get());
        vm.counselorProperty().set(counselor(ZHANG_WEI));
        assertNull(vm.ownerWarningProperty().get());
    }

    // ---- a new number of a known parent ------------------------------------------------------

    @Test
    void aNewNumberWithAKnownParentNameOffersThatHouseholdAndAttachingJoinsIt() {
        Registration known = registerKnownHousehold();
        vm.phoneProperty().set("139 1234 5678");
        assertEquals(List.of(), vm.sameName(), "no name yet");

        vm.parentNameProperty().set("王丽");

        assertEquals(List.of(known.householdId()), vm.sameName().stream().map(HouseholdCard::id).toList());
        assertNull(vm.householdProperty().get(), "nothing is merged by itself");

        vm.attach(vm.sameName().get(0));

        assertEquals(known.householdId(), vm.attachToProperty().get().id());
        assertEquals(known.householdId(), vm.householdProperty().get().id());
        assertEquals(List.of(), vm.sameName());
        assertEquals(List.of("张子涵"), choices());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals(counselor(LI_MING), vm.counselorProperty().get());

        vm.relationProperty().set(Relation.FATHER);
        vm.parentNameProperty().set("张强");
        vm.channelProperty().set(Channel.DIRECT);
        assertTrue(vm.save());

        assertEquals("walkin.saved.returning", key(vm.statusProperty()));
        HouseholdCard card = t.household("13912345678");
        assertEquals(known.householdId(), card.id(), "the new number finds the household from now on");
        assertEquals(1, t.count("household"));
        assertEquals(Relation.FATHER, card.contactWith(Phone.parse("13912345678")).relation());
    }

    @Test
    void detachingOrCorrectingThePhoneGoesBackToANewHousehold() {
        Registration known = registerKnownHousehold();
        vm.phoneProperty().set("139 1234 5678");
        vm.parentNameProperty().set("王丽");
        vm.attach(vm.sameName().get(0));

        vm.detach();

        assertNull(vm.attachToProperty().get());
        assertNull(vm.householdProperty().get());
        assertStudentFieldsBlank();
        assertEquals(List.of(known.householdId()), vm.sameName().stream().map(HouseholdCard::id).toList(),
                "offered again");

        vm.attach(vm.sameName().get(0));
        vm.phoneProperty().set("137 0000 0000");

        assertNull(vm.attachToProperty().get(), "another number is another question");
        assertNull(vm.householdProperty().get());
    }

    @Test
    void noHouseholdIsOfferedForAKnownNumberOrAnUnknownName() {
        registerKnownHousehold();
        t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然").parent("王丽"));

        vm.parentNameProperty().set("王丽");
        vm.phoneProperty().set("13912345678");
        assertEquals(List.of(), vm.sameName(), "a known number is its own household");

        vm.phoneProperty().set("13700000000");
        vm.parentNameProperty().set("陈静");
        assertEquals(List.of(), vm.sameName());
    }

    @Test
    void aNumberTakenMeanwhileIsRefusedBesideThePhoneNamingItsOwner() {
        Registration known = registerKnownHousehold();
        vm.phoneProperty().set("139 1234 5678");
        vm.parentNameProperty().set("王丽");
        vm.attach(vm.sameName().get(0));
        vm.channelProperty().set(Channel.DIRECT);
        // Another desk registers the number as a household of its own before this one saves.
        t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然").parent("陈静"));

        vm.save();

        assertEquals("error.phone.taken", error("phone"));
        assertArrayEquals(new Object[] {ZHANG_WEI}, vm.error("phone").get().args());
        assertEquals(zh("walkin.fixField", zh("walkin.phone")), status());
        assertEquals(List.of(), dialogs.shown());
        assertEquals(2, t.count("visit"), "the first visit and the other desk's; none from this form");
        assertEquals("139 1234 5678", vm.phoneProperty().get(), "the form keeps what was typed");
        assertEquals(List.of("张子涵"), t.household(known.householdId()).students().stream().map(Student::name)
                .toList());
    }

    // ---- saving ------------------------------------------------------------------------------

    @Test
    void aValidFormSavesAndClearsForTheNextFamily() {
        List<Registration> saved = new ArrayList<>();
        vm.onSaved(saved::add);
        fillValidForm();
        assertTrue(vm.validProperty().get());

        assertTrue(vm.save());

        assertEquals(1, t.count("household"));
        assertEquals("walkin.saved.new", key(vm.statusProperty()));
        assertEquals(zh("walkin.saved.new", LI_MING), status());
        assertEquals(1, saved.size());
        assertEquals("张子涵", t.student(saved.get(0)).name());
        assertEquals("", vm.phoneProperty().get());
        assertEquals("", vm.studentNameProperty().get());
        assertNull(vm.channelProperty().get());
        assertNull(vm.counselorProperty().get());
        assertNull(vm.householdProperty().get());
        assertSame(WalkInViewModel.NEW_STUDENT, vm.studentProperty().get());
        assertFalse(vm.validProperty().get());
        for (String field : FIELDS) {
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
        assertEquals(0, t.count("household"));
        assertEquals("138 1234 5678", vm.phoneProperty().get());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals("实验中学", vm.schoolProperty().get());
        assertEquals(counselor(LI_MING), vm.counselorProperty().get());

        t.stopFailingVisitInserts();
        assertTrue(vm.save());
        assertEquals(1, t.count("household"), "the kept form can be saved again");
    }

    @Test
    void aRefusalFromTheOfficeShowsBesideItsField() {
        fillValidForm();
        t.deactivate(LI_MING);

        vm.save();

        assertEquals("error.counselor.invalid", error("counselor"));
        assertEquals(zh("walkin.fixField", zh("walkin.counselor")), status());
        assertEquals(List.of(), dialogs.shown());
        assertEquals("张子涵", vm.studentNameProperty().get());
        assertEquals(0, t.count("household"));
    }

    @Test
    void aRefusalWithoutAFieldOnTheFormIsSaidInTheStatus() {
        fillValidForm();
        t.deactivate(TestOffice.FRONT_DESK);

        vm.save();

        assertEquals(zh("error.staff.unknown"), status());
        assertEquals(List.of(), dialogs.shown());
        assertEquals(0, t.count("household"));
    }

    // ---- referrals ---------------------------------------------------------------------------

    @Test
    void aReferralIsFoundByTheReferrersPhone() {
        long referrer = t.register(t.walkIn(ZHANG_WEI).phone("13912345678").student("李浩然")).householdId();
        fillValidForm();
        vm.channelProperty().set(Channel.REFERRAL);

        assertFalse(vm.save());
        assertEquals("error.referrer.required", error("referrer"));
        assertEquals(zh("walkin.fixField", zh("walkin.referrer")), status());

        vm.referrerPhoneProperty().set("137 0000 0000");
        assertEquals("error.referrer.unknown", error("referrer"));
        assertNull(vm.referrerProperty().get());

        vm.referrerPhoneProperty().set("139-1234-5678");
        assertEquals(referrer, vm.referrerProperty().get().id());
        assertNull(error("referrer"));

        assertTrue(vm.save());
        assertEquals(referrer, t.household("13812345678").household().referredBy());
    }

    @Test
    void aHouseholdCannotReferItself() {
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

    // ---- suggestions and a new form ----------------------------------------------------------

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
        assertEquals(List.of(), suggested(), "a complete number shows the household instead");
        assertEquals("甲", vm.householdProperty().get().studentNames());
    }

    private List<String> suggested() {
        return vm.suggestions().stream().map(HouseholdCard::studentNames).toList();
    }

    @Test
    void aNewFormForgetsTheLastHousehold() {
        registerKnownHousehold();
        vm.phoneProperty().set("13812345678");
        vm.channelProperty().set(null);
        assertFalse(vm.save());
        assertEquals("error.channel.choose", error("channel"));

        vm.newForm();

        assertEquals("", vm.phoneProperty().get());
        assertStudentFieldsBlank();
        assertEquals("", vm.parentNameProperty().get());
        assertNull(vm.counselorProperty().get());
        assertNull(vm.householdProperty().get());
        assertEquals(List.of(), choices());
        assertSame(WalkInViewModel.NEW_STUDENT, vm.studentProperty().get());
        assertNull(error("channel"));
        assertNull(vm.statusProperty().get());
    }

    @Test
    void aNewNumberAnotherDeskRegisteredMeanwhileJoinsThatHouseholdAndSaysSo() {
        fillValidForm();
        assertNull(vm.householdProperty().get(), "typed as a new family");
        // Another desk registers the same family, with the same number, before this one saves.
        Registration other = t.register(t.walkIn(ZHANG_WEI).phone("13812345678").student("张子涵"));

        assertTrue(vm.save());

        assertEquals(1, t.count("household"), "one household, not two");
        assertEquals(2, t.count("visit"), "the other desk's visit and this one, on the same household");
        assertEquals(zh("walkin.saved.justRegistered", ZHANG_WEI), status());
        assertEquals(List.of(other.householdId()), t.db.read(h -> h.createQuery(
                "SELECT DISTINCT household_id FROM visit").mapTo(Long.class).list()));
    }

    @Test
    void aNewFormAsksOnlyWhenSomethingTypedWouldBeLost() {
        assertTrue(vm.newFormAsked(), "an empty form is cleared without a question");
        assertEquals(List.of(), dialogs.asked());

        vm.studentNameProperty().set("张子涵");
        dialogs.answer(false);
        assertFalse(vm.newFormAsked());
        assertEquals("张子涵", vm.studentNameProperty().get(), "kept: the person said no");
        assertEquals(1, dialogs.asked().size());

        dialogs.answer(true);
        assertTrue(vm.newFormAsked());
        assertEquals("", vm.studentNameProperty().get());
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
        assertEquals(1, t.count("household"));
        assertEquals(1, t.count("visit"));
    }

    private static void runAll(Queue<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
