package com.counseldesk.app;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.Ticker;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ConsultTimeline;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.consult.IntentService;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.NoteTimeline;
import com.counseldesk.consult.StartPageService;
import com.counseldesk.consult.TagService;
import com.counseldesk.consult.TalkTrackService;
import com.counseldesk.contract.ContractService;
import com.counseldesk.report.ReportService;
import com.counseldesk.contract.ContractTimeline;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.Referrals;
import com.counseldesk.family.Directory;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.NameKeys;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffService;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the running app shares: the database, the services on it, the language and who is at this PC.
 * Database work runs on one worker thread, so writes from this app never contend with each other.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    /** How long closing waits for queued work, so that a save the user just started is finished. */
    private static final int CLOSE_WAIT_SECONDS = 10;
    private final Database db;
    private final Clock clock;
    private final OfficeService office;
    private final StaffService staff;
    private final FamilyService families;
    private final WalkInService walkIns;
    private final VisitService visits;
    private final Directory directory;
    private final TagService tags;
    private final IntentService intents;
    private final NoteService notes;
    private final TalkTrackService talkTracks;
    private final FollowUpService followUps;
    private final StartPageService startPages;
    /** The app's timer: reminders of follow-ups falling due, the start page on a new day. */
    private final Ticker ticker = new Ticker(Duration.seconds(30));
    private final DutyService duty;
    private final AppointmentService appointments;
    private final CallService calls;
    private final CourseService courses;
    private final ContractService contracts;
    private final Referrals referrals;
    private final ReportService reports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database");
        t.setDaemon(true);
        return t;
    });
    private final Background background = new Background(worker, Platform::runLater);
    private I18n i18n;
    private Staff currentStaff;
    private String officeName = "";

    /** {@code languageTag}: the language stored for this office (null: Chinese), read before the toolkit started. */
    public AppContext(Database db, Clock clock, String languageTag) {
        this.db = db;
        this.clock = clock;
        this.office = new OfficeService(db, clock);
        this.staff = new StaffService(db, clock);
        this.families = new FamilyService(db, clock);
        this.walkIns = new WalkInService(db, clock, families, office);
        this.visits = new VisitService(db, clock, families, office);
        families.addTimelineSource(visits);
        this.tags = new TagService(db, clock, families, office);
        this.intents = new IntentService(db, families, office);
        ConsultTimeline consult = new ConsultTimeline(families, office, this::currentStaff);
        families.addTimelineSource(consult);
        families.addHistoryFilter(consult);
        this.notes = new NoteService(db, clock, families, office);
        this.talkTracks = new TalkTrackService(db, clock, families, office);
        families.addTimelineSource(new NoteTimeline(clock, families, office, this::currentStaff));
        this.followUps = new FollowUpService(db, clock, families, office, visits);
        families.addTimelineSource(followUps.timeline(() -> currentStaff == null ? null : currentStaff.id()));
        this.startPages = new StartPageService(db, clock, office, visits, followUps);
        this.duty = new DutyService(db, clock, office);
        this.appointments = new AppointmentService(db, clock, families, office, walkIns);
        this.calls = new CallService(db, clock, families, office, duty, appointments, followUps);
        families.addTimelineSource(calls);
        families.addTimelineSource(appointments);
        this.courses = new CourseService(db, clock, office);
        this.contracts = new ContractService(db, clock, families, office);
        this.reports = new ReportService(db);
        this.referrals = new Referrals(db, families, office);
        families.addTimelineSource(new ContractTimeline(office, () -> currentStaff == null ? null : currentStaff.id()));
        this.directory = new Directory(db, families);
        this.i18n = I18n.forTag(languageTag);
    }

    public Database db() {
        return db;
    }

    public OfficeService office() {
        return office;
    }

    /** The staff list after first run (the staff screen). */
    public StaffService staff() {
        return staff;
    }

    public Clock clock() {
        return clock;
    }

    public FamilyService families() {
        return families;
    }

    public WalkInService walkIns() {
        return walkIns;
    }

    public VisitService visits() {
        return visits;
    }

    /** Client-type tags: the office's library and the tags on households. */
    public TagService tags() {
        return tags;
    }

    /** The students' intent levels. */
    public IntentService intents() {
        return intents;
    }

    /** Consultation notes (咨询记录). */
    public NoteService notes() {
        return notes;
    }

    /** The talk-track library (话术库). */
    public TalkTrackService talkTracks() {
        return talkTracks;
    }

    /** Follow-ups (回访): planned, made, reminded of. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** What a counselor sees first (工作台). */
    public StartPageService startPages() {
        return startPages;
    }

    /** The app's timer (on the JavaFX thread); a test moves its clock and ticks it by hand. */
    public Ticker ticker() {
        return ticker;
    }

    /** The hotline duty rotation (热线轮值). */
    public DutyService duty() {
        return duty;
    }

    /** Appointments (邀约上门); also the desk's expected visitors. */
    public AppointmentService appointments() {
        return appointments;
    }

    /** Logging calls (热线登记). */
    public CallService calls() {
        return calls;
    }

    /** The course catalogue (课程与套餐). */
    public CourseService courses() {
        return courses;
    }

    /** Contracts and payments (签单 / 合同 / 收费). */
    public ReportService reports() {
        return reports;
    }

    public ContractService contracts() {
        return contracts;
    }

    /** Families a signing family recommends (转介绍). */
    public Referrals referrals() {
        return referrals;
    }

    /** Find anyone; it keeps a connection of its own, closed with the context. */
    public Directory directory() {
        return directory;
    }

    public Background background() {
        return background;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Switches the language and remembers it for the next start. */
    public void setI18n(I18n value) {
        this.i18n = value;
        background.run(() -> {
            office.setLanguage(value.tag());
            return null;
        }, r -> { }, e -> { });
    }

    public String officeName() {
        return officeName;
    }

    public void setOfficeName(String name) {
        this.officeName = name;
    }

    public Staff currentStaff() {
        return currentStaff;
    }

    public void setCurrentStaff(Staff staff) {
        this.currentStaff = staff;
    }

    /**
     * Sets Jdbi up on the database thread while the login screen is shown: the first window was
     * shown without it, and the screen after the login should not wait for it. Then reads the pinyin
     * table (a third of a second), which the login's typing of a name and every saved name need.
     */
    public void warmUp() {
        background.run(office::isSetUp, r -> { }, e -> { });
        background.run(() -> NameKeys.initials("李明"), r -> { }, e -> { });
        // The end-of-day rule, written down: yesterday's unsigned drafts are locked.
        background.run(notes::lockPastDrafts, r -> { }, e -> { });
    }

    /** Creates the sample office (first-run "try it with sample data"). */
    public void createSampleOffice() {
        new SampleOffice(db, clock, System.nanoTime()).create(SampleOffice.DEFAULT_FAMILIES);
    }

    @Override
    public void close() {
        ticker.stop();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Database work still running after {} s; closing anyway", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        directory.close();
        startPages.close();
        db.close();
    }
}
