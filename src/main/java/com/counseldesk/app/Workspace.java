package com.counseldesk.app;

import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.ui.ImportViewModel;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.OfficeEvents;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.ui.FollowUpDialog;
import com.counseldesk.consult.ui.FollowUpFormViewModel;
import com.counseldesk.consult.ui.FollowUpNotice;
import com.counseldesk.consult.ui.FollowUpReminder;
import com.counseldesk.consult.ui.FollowUpResultDialog;
import com.counseldesk.consult.ui.FollowUpResultViewModel;
import com.counseldesk.consult.ui.FollowUpsPart;
import com.counseldesk.consult.ui.HouseholdFollowUpsViewModel;
import com.counseldesk.consult.ui.Later;
import com.counseldesk.consult.ui.NoteOpener;
import com.counseldesk.consult.ui.NoteScreen;
import com.counseldesk.consult.ui.NoteViewModel;
import com.counseldesk.consult.ui.NotesViewModel;
import com.counseldesk.consult.ui.StartPageScreen;
import com.counseldesk.consult.ui.StartPageViewModel;
import com.counseldesk.consult.ui.TagAdminViewModel;
import com.counseldesk.consult.ui.TalkTrackViewModel;
import com.counseldesk.report.ListWorkbook;
import com.counseldesk.report.ui.ReportViewModel;
import com.counseldesk.contract.ContractNews;
import com.counseldesk.contract.ui.ContractListScreen;
import com.counseldesk.family.ui.FamilyPageScreen;
import com.counseldesk.family.ui.SearchScreen;
import com.counseldesk.family.ui.SearchViewModel;
import com.counseldesk.hotline.HotlineNews;
import com.counseldesk.hotline.ui.AppointmentNotice;
import com.counseldesk.hotline.ui.AppointmentReminder;
import com.counseldesk.hotline.ui.AppointmentsScreen;
import com.counseldesk.hotline.ui.AppointmentsViewModel;
import com.counseldesk.hotline.ui.CallFormViewModel;
import com.counseldesk.hotline.ui.CallListScreen;
import com.counseldesk.hotline.ui.CallListViewModel;
import com.counseldesk.hotline.ui.CallScreen;
import com.counseldesk.hotline.ui.DutyScreen;
import com.counseldesk.hotline.ui.DutyViewModel;
import com.counseldesk.office.Staff;
import com.counseldesk.office.ui.StaffViewModel;
import com.counseldesk.walkin.VisitNews;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.ui.TodayViewModel;
import com.counseldesk.walkin.ui.VisitEditViewModel;
import com.counseldesk.walkin.ui.WalkInViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * What the signed-in person has open: the desk's view models and the screens in tabs (search,
 * family pages). It outlives the window's views, so switching the language rebuilds the tabs with
 * nothing lost. Later screens are made when first opened, never at start-up.
 */
final class Workspace {
    static final String DESK = "desk";
    private final AppContext ctx;
    private final DialogService dialogs;
    private final WalkInViewModel walkIn;
    private final TodayViewModel today;
    private SearchViewModel search;
    private final Map<String, Screen> open = new LinkedHashMap<>();
    private final List<Runnable> changed = new ArrayList<>();
    private final Runnable stopNews;
    private String selected = DESK;
    /** New notes opened so far, so that each has a tab of its own. */
    private int newNotes;
    /** Those who consult: their start page, the reminder of follow-ups falling due, the window dialogs open over. */
    private StartPageViewModel startPage;
    private FollowUpReminder reminder;
    private Window owner;
    private Runnable stopTicks = () -> { };
    /** The hotline: today's duty rotation (the indicator every PC shows), the call form, the appointments. */
    private final DutyViewModel duty;
    private CallScreen call;
    private AppointmentsViewModel appointments;
    private CallListViewModel callList;

    Workspace(AppContext ctx, DialogService dialogs) {
        this.ctx = ctx;
        this.dialogs = dialogs;
        Long me = ctx.currentStaff().id();
        walkIn = new WalkInViewModel(ctx.walkIns(), ctx.families(), ctx.background(), dialogs, () -> me, ctx.clock());
        today = new TodayViewModel(ctx.visits(), ctx.background(), dialogs);
        walkIn.onSaved(r -> {
            today.saved(r.visitId());
            Screen page = open.get(FamilyPageScreen.key(r.householdId()));
            if (page != null) {
                page.refresh();
            }
            refreshSearch();
        });
        // The family the desk finds is listed with its visits; a cleared form (Ctrl+N, or after a save)
        // lists none, so that the last family is not shown for the next one.
        walkIn.householdProperty().addListener((o, a, b) -> today.showFamily(b));
        walkIn.onNewForm(today::clearFamily);
        walkIn.onShowVisit(today::refresh);
        // What any PC of the office stores reaches this one: today's board reads again by itself, and a
        // visitor registered for the signed-in counselor is announced.
        stopNews = ctx.db().events().subscribe(e -> Platform.runLater(() -> news(e, me)));
        ctx.background().run(() -> ctx.office().counselors(), walkIn::setCounselors,
                e -> dialogs.showError(new Msg("login.failed"), DatabaseException.describe(e)));
        today.refresh();
        // The families booked for today stand on the desk's board beside those who came.
        today.expectFrom(ctx.appointments(), () -> me);
        duty = new DutyViewModel(ctx.duty(), ctx.office(), ctx.background(), dialogs, ctx.currentStaff(),
                ctx.clock());
        duty.load();
    }

    private void news(OfficeEvents.Event e, long me) {
        if (HotlineNews.isDuty(e)) {
            duty.load();
        }
        if (HotlineNews.isAppointment(e)) {
            today.refreshExpected();
            if (appointments != null) {
                appointments.load();
            }
        }
        if (HotlineNews.isCall(e)) {
            Screen list = open.get(CallListScreen.KEY);
            if (list != null) {
                list.refresh();
            }
        }
        if (ContractNews.isContract(e)) {
            Screen list = open.get(ContractListScreen.KEY);
            if (list != null) {
                list.refresh();
            }
        }
        VisitNews.arrival(e).ifPresent(a -> {
            today.arrived(a.visitId(), a.counselorId() == me);
            if (startPage != null && a.counselorId() == me) {
                startPage.load();
            }
        });
        if (VisitNews.isChange(e)) {
            today.refreshAll();
            if (startPage != null) {
                startPage.load();
            }
        }
    }

    /** The signed-in person leaves this PC: what their open notes hold is saved, no more news nor reminders come. */
    void close() {
        saveDrafts();
        stopNews.run();
        stopTicks.run();
        if (call != null) {
            call.stop();
        }
    }

    /** Today's duty rotation: the main window's indicator and the duty screen. */
    DutyViewModel duty() {
        return duty;
    }

    /** The duty screen (热线轮值): the one open, or a new one on the same rotation. */
    DutyScreen dutyScreen() {
        Screen open = this.open.get(DutyScreen.KEY);
        duty.load();
        return open instanceof DutyScreen d ? d : new DutyScreen(duty);
    }

    /**
     * The call form (热线登记), made when first asked for and kept while this person is signed in (what a
     * call being typed holds survives closing and reopening it, a language switch too). After a call is
     * logged the family's open page, the search and the start page read again.
     */
    CallScreen callScreen(LongConsumer openFamily, Runnable close) {
        if (call == null) {
            CallFormViewModel vm = new CallFormViewModel(ctx.calls(), ctx.duty(), ctx.appointments(), ctx.families(),
                    ctx.background(), dialogs, ctx.currentStaff(), ctx.clock());
            ctx.background().run(() -> ctx.office().counselors(), vm::setCounselors,
                    e -> dialogs.showError(new Msg("login.failed"), DatabaseException.describe(e)));
            vm.onSaved(c -> {
                if (c.householdId() != null) {
                    Screen page = open.get(FamilyPageScreen.key(c.householdId()));
                    if (page != null) {
                        page.refresh();
                    }
                }
                refreshSearch();
                if (startPage != null) {
                    startPage.load();
                }
            });
            call = new CallScreen(vm, openFamily, close);
        }
        return call;
    }

    /** The appointments (邀约上门): the one open, or a new screen; read again as it opens. */
    AppointmentsScreen appointmentsScreen(LongConsumer openFamily) {
        if (appointments == null) {
            appointments = new AppointmentsViewModel(ctx.appointments(), ctx.background(), dialogs,
                    ctx.currentStaff(), ctx.clock());
            appointments.onArrived(r -> {
                today.saved(r.visitId());
                today.refreshExpected();
            });
        }
        appointments.load();
        Screen open = this.open.get(AppointmentsScreen.KEY);
        return open instanceof AppointmentsScreen a ? a : new AppointmentsScreen(appointments, openFamily);
    }

    /**
     * The call list (热线记录): the one open (read again), or a new screen on the kept filters; the calls a
     * counselor may see, a manager's all.
     */
    CallListScreen callListScreen(LongConsumer openFamily) {
        if (callList == null) {
            callList = new CallListViewModel(ctx.calls(), ctx.office(), ctx.background(), dialogs, ctx.currentStaff(),
                    ctx.clock(), ListWorkbook::write, ctx::i18n);
            callList.start();
        } else {
            callList.load();
        }
        Screen open = this.open.get(CallListScreen.KEY);
        return open instanceof CallListScreen c ? c : new CallListScreen(callList, openFamily);
    }

    /** Whether the call form may be left as it is (switching user): asks when a call is being typed. */
    boolean mayLeaveCall() {
        return call == null || call.viewModel().mayDiscard();
    }

    /**
     * For those who consult (not the front desk): the start page (工作台) in front, dialogs over
     * {@code window}, and the reminder of follow-ups falling due, checked at each tick of the app's
     * timer, which also reads the start page again on a new day.
     */
    void startFollowUps(Window window, LongConsumer openFamily, NoteOpener openNote) {
        Staff me = ctx.currentStaff();
        if (!me.role().consults()) {
            return;
        }
        owner = window;
        startPage = new StartPageViewModel(ctx.startPages(), ctx.background(), dialogs, me.id(), ctx.clock());
        startPage.load();
        open.put(StartPageScreen.KEY, new StartPageScreen(startPage, openFamily, openNote, this::recordFollowUp));
        selected = StartPageScreen.KEY;
        reminder = new FollowUpReminder(ctx.followUps(), ctx.background(), me.id(), ctx.clock(),
                line -> FollowUpNotice.show(owner, line, ctx.i18n(), () -> openFamily.accept(line.householdId())));
        AppointmentReminder visits = new AppointmentReminder(ctx.appointments(), ctx.background(), me.id(),
                a -> AppointmentNotice.show(owner, a, ctx.i18n(), () -> openFamily.accept(a.householdId())));
        stopTicks = ctx.ticker().add(() -> {
            startPage.tick();
            reminder.check();
            visits.check();
        });
    }

    /** The follow-ups of a family page (for those who consult). */
    Optional<FollowUpsPart> followUpsOf(long householdId) {
        if (startPage == null) {
            return Optional.empty();
        }
        HouseholdFollowUpsViewModel vm = new HouseholdFollowUpsViewModel(householdId, ctx.followUps(),
                ctx.background(), ctx.currentStaff().id());
        return Optional.of(new FollowUpsPart(vm, () -> planFollowUp(householdId, null, null),
                this::recordFollowUp));
    }

    /** 安排回访 for today's visitor chosen on the board (for those who consult; null for the front desk). */
    Consumer<VisitRow> followUpAfterVisit() {
        if (startPage == null) {
            return null;
        }
        return row -> planFollowUp(row.householdId(), row.visitId(),
                row.studentIds().isEmpty() ? null : row.studentIds().get(0));
    }

    private void planFollowUp(long householdId, Long visitId, Long studentId) {
        showPlan(householdId, new FollowUpFormViewModel(householdId, visitId, studentId, ctx.followUps(),
                ctx.background(), dialogs, ctx.currentStaff().id(), ctx.clock()));
    }

    /** The planning dialog of a follow-up for the household; once planned, the lists that show it read again. */
    private void showPlan(long householdId, FollowUpFormViewModel vm) {
        vm.onDone(f -> followUpsChanged(householdId));
        FollowUpDialog.show(owner, vm, ctx.i18n());
    }

    /** 记录结果: what came of a follow-up, with the next one. */
    private void recordFollowUp(long followUpId) {
        FollowUpResultViewModel vm = new FollowUpResultViewModel(followUpId, ctx.followUps(), ctx.background(),
                dialogs, ctx.currentStaff().id(), ctx.clock());
        vm.onDone(r -> followUpsChanged(r.done().householdId()));
        FollowUpResultDialog.show(owner, vm, ctx.i18n());
    }

    /** A follow-up was planned or made: the start page and the family's page read again. */
    private void followUpsChanged(long householdId) {
        startPage.load();
        Screen page = open.get(FamilyPageScreen.key(householdId));
        if (page != null) {
            page.refresh();
        }
    }

    /** Saves what the open notes' editors hold that their timers have not saved yet (leaving, closing the app). */
    void saveDrafts() {
        open.values().stream().filter(s -> s instanceof NoteScreen).forEach(s -> ((NoteScreen) s).viewModel()
                .saveNow());
    }

    WalkInViewModel walkIn() {
        return walkIn;
    }

    TodayViewModel today() {
        return today;
    }

    /** The staff screen's view model; after each change the desk's and the search's counselor choices follow. */
    StaffViewModel staffAdmin() {
        return new StaffViewModel(ctx.staff(), ctx.background(), dialogs, ctx::currentStaff, this::staffChanged);
    }

    /** The manager's import of old registers; the households it adds show in searches at once. */
    ImportViewModel importer() {
        return new ImportViewModel(new ImportService(ctx.db(), ctx.clock(), ctx.families(), ctx.staff()), ctx.staff(),
                ctx.background(), dialogs, ctx::currentStaff, ctx::i18n);
    }

    /** The manager's screen of the office's client-type tags. */
    TagAdminViewModel tagAdmin() {
        return new TagAdminViewModel(ctx.tags(), ctx.background(), dialogs, ctx::currentStaff);
    }

    /** The staff list changed: the counselor choices are read again. */
    void staffChanged() {
        ctx.background().run(() -> ctx.office().counselors(), counselors -> {
            walkIn.setCounselors(counselors);
            if (search != null) {
                search.setCounselors(counselors);
            }
        }, e -> dialogs.showError(new Msg("login.failed"), DatabaseException.describe(e)));
    }

    /** Find anyone: made when first opened, then kept, so that reopening the search shows what was typed. */
    SearchViewModel search() {
        if (search == null) {
            search = new SearchViewModel(ctx.directory(), ctx.background(), dialogs, ListWorkbook::write, ctx::i18n,
                    ctx.clock());
            Staff me = ctx.currentStaff();
            search.setIntentScope(Access.consults(me), Access.readsEveryHousehold(me) ? null : me.id());
            ctx.background().run(() -> ctx.office().counselors(), search::setCounselors,
                    e -> dialogs.showError(new Msg("login.failed"), DatabaseException.describe(e)));
        }
        return search;
    }

    List<Screen> screens() {
        return List.copyOf(open.values());
    }

    String selected() {
        return selected;
    }

    void select(String key) {
        selected = key;
    }

    /** Opens a screen in its tab, or selects the tab when a screen with that key is open. */
    void open(Screen screen) {
        open.putIfAbsent(screen.key(), screen);
        selected = screen.key();
        changed.forEach(Runnable::run);
    }

    void close(String key) {
        open.remove(key);
        if (key.equals(selected)) {
            selected = DESK;
        }
    }

    boolean isOpen(String key) {
        return open.containsKey(key);
    }

    Screen screen(String key) {
        return open.get(key);
    }

    /** The dialog's view model for correcting or voiding a visit; every list that shows the visit follows. */
    VisitEditViewModel visitEditor(long visitId) {
        VisitEditViewModel vm = new VisitEditViewModel(visitId, ctx.visits(), ctx.families(), ctx.office(),
                ctx.background(), dialogs, () -> ctx.currentStaff() == null ? null : ctx.currentStaff().id());
        vm.onDone(r -> visitChanged());
        return vm;
    }

    /** A visit was corrected or voided: today's board, the listed family's visits and open pages read again. */
    void visitChanged() {
        today.refreshAll();
        open.values().forEach(Screen::refresh);
    }

    /** A family page saved a change: the desk's lists and the search show the new names. */
    void familyChanged() {
        today.refreshAll();
        refreshSearch();
    }

    /** Reads the open search's list again (after a household was registered or changed). */
    private void refreshSearch() {
        Screen s = open.get(SearchScreen.KEY);
        if (s != null) {
            s.refresh();
        }
    }

    /** A household's notes as its family page lists them (read with the page). */
    NotesViewModel notes(long householdId) {
        return new NotesViewModel(householdId, ctx.notes(), ctx.families(), ctx.background(), dialogs,
                ctx::currentStaff);
    }

    /**
     * A note's editor ({@code noteId} null: a new note), being read. The draft saves itself a second after
     * the last change; once the note is stored, signed or amended, the open family page reads it again.
     */
    NoteViewModel noteEditor(long householdId, Long noteId) {
        // The note is written by whoever opened it, even when their last keystrokes are saved as they leave.
        Staff me = ctx.currentStaff();
        NoteViewModel vm = new NoteViewModel(householdId, noteId, ctx.notes(), ctx.talkTracks(), ctx.background(),
                dialogs, () -> me, Later.on(Platform::runLater));
        vm.onStored(() -> {
            Screen page = open.get(FamilyPageScreen.key(householdId));
            if (page != null) {
                page.refresh();
            }
        });
        if (startPage != null) {
            vm.onPlanFollowUp((household, note, student) -> {
                showPlan(household, FollowUpFormViewModel.fromNote(household, note, student, ctx.followUps(),
                        ctx.background(), dialogs, me.id(), ctx.clock()));
            });
        }
        vm.load();
        return vm;
    }

    /** The number of the next new note's tab. */
    int nextNewNote() {
        return ++newNotes;
    }

    /** The talk-track library's view model (a manager's screen). */
    TalkTrackViewModel talkTrackEditor() {
        return new TalkTrackViewModel(ctx.talkTracks(), ctx.background(), dialogs, ctx::currentStaff);
    }

    /** The monthly report's view model (a manager's screen): the dashboard and the export. */
    ReportViewModel report() {
        return new ReportViewModel(ctx.reports(), ctx.background(), dialogs, ctx::currentStaff, ctx::i18n, ctx.clock());
    }

    /** Runs when a screen is opened, so the window can show it. */
    void onChanged(Runnable r) {
        changed.add(r);
    }

    AppContext ctx() {
        return ctx;
    }

    DialogService dialogs() {
        return dialogs;
    }
}
