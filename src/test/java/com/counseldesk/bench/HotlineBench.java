package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.ui.PhoneLookup;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.ui.CallFormViewModel;
import com.counseldesk.hotline.ui.CallScreen;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;

/**
 * The hotline's figures on the 200,000-household office ({@link BenchOffice}): finding the household by
 * the phone typed into the call form, through the desk's {@link PhoneLookup} (the number's last keystroke
 * to the household on the form), beside {@link FamilyService#findByPhone} alone, its floor; and opening
 * the call form (a new form built, laid out and shown with the cursor in the phone, ready to type),
 * beside a bare form of as many text fields built the same way.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineBench {
    private static final int LOOKUPS = 2_000;
    private static final int OPENS = 40;
    private static final int WARM_UP = 10;
    private final Clock clock = Clock.systemDefaultZone();
    private Database db;
    private FamilyService families;

    @BeforeAll
    void open() {
        db = BenchOffice.open();
        families = new FamilyService(db, clock);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void findAHouseholdByPhoneThroughTheLookup() {
        PhoneLookup lookup = new PhoneLookup(families, Background.direct());
        Random random = new Random(17);
        long[] app = new long[LOOKUPS];
        long[] floor = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String number = SampleOffice.phone(random.nextInt(BenchOffice.HOUSEHOLDS));
            String typed = number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7);
            lookup.typed(typed.substring(0, typed.length() - 1));
            long start = System.nanoTime();
            lookup.typed(typed);
            app[i] = System.nanoTime() - start;
            assertNotNull(lookup.foundProperty().get(), typed);
            start = System.nanoTime();
            Optional<HouseholdCard> card = families.findByPhone(Phone.parse(typed));
            floor[i] = System.nanoTime() - start;
            assertTrue(card.isPresent());
            lookup.clear();
        }
        Figures.bench("hotline_phone_lookup_200k_p50", Figures.us(Figures.median(app)), "us");
        Figures.bench("hotline_phone_lookup_200k_p95", Figures.us(Figures.percentile(app, 95)), "us");
        Figures.bench("hotline_phone_lookup_200k_floor_p50", Figures.us(Figures.median(floor)), "us");
        Figures.bench("hotline_phone_lookup_200k_floor_p95", Figures.us(Figures.percentile(floor, 95)), "us");
    }

    @Test
    void openTheCallForm() throws TimeoutException {
        OfficeService office = new OfficeService(db, clock);
        VisitService visits = new VisitService(db, clock, families, office);
        DutyService duty = new DutyService(db, clock, office);
        AppointmentService appointments = new AppointmentService(db, clock, families, office,
                new WalkInService(db, clock, families, office));
        CallService calls = new CallService(db, clock, families, office, duty, appointments,
                new FollowUpService(db, clock, families, office, visits));
        Staff me = office.counselors().get(0);
        List<Staff> counselors = office.counselors();
        I18n i18n = new I18n(I18n.CHINESE);
        Stage stage = FxToolkit.registerPrimaryStage();
        long[] form = new long[OPENS];
        long[] bare = new long[OPENS];
        for (int i = 0; i < WARM_UP + OPENS; i++) {
            // An outbound call: the figure is the form's, not a duty turn written to the office.
            long f = Fx.get(() -> {
                long start = System.nanoTime();
                CallFormViewModel vm = new CallFormViewModel(calls, duty, appointments, families, Background.direct(),
                        new RecordingDialogs(), me, clock);
                vm.setCounselors(counselors);
                CallScreen screen = new CallScreen(vm, id -> { }, () -> { });
                screen.start(CallKind.COLD);
                Node view = screen.build(i18n);
                shown(stage, (Parent) view, "callPhoneField");
                screen.stop();
                return System.nanoTime() - start;
            });
            long b = Fx.get(() -> {
                long start = System.nanoTime();
                GridPane grid = new GridPane();
                for (int r = 0; r < 20; r++) {
                    TextField field = new TextField();
                    field.setId("field" + r);
                    grid.addRow(r, new javafx.scene.control.Label("字段" + r), field);
                }
                shown(stage, grid, "field0");
                return System.nanoTime() - start;
            });
            if (i >= WARM_UP) {
                form[i - WARM_UP] = f;
                bare[i - WARM_UP] = b;
            }
        }
        Figures.bench("hotline_open_call_form_p50", Figures.ms(Figures.median(form)), "ms", 2);
        Figures.bench("hotline_open_call_form_p95", Figures.ms(Figures.percentile(form, 95)), "ms", 2);
        Figures.bench("hotline_open_call_form_floor_p50", Figures.ms(Figures.median(bare)), "ms", 2);
        Figures.bench("hotline_open_call_form_floor_p95", Figures.ms(Figures.percentile(bare, 95)), "ms", 2);
    }

    /** Puts {@code root} on the stage at the app's size, laid out, with the cursor in {@code focusId}. */
    private static void shown(Stage stage, Parent root, String focusId) {
        StackPane holder = new StackPane(root);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(holder, 1366, 768));
            stage.show();
        } else {
            stage.getScene().setRoot(holder);
        }
        holder.applyCss();
        holder.layout();
        Node field = holder.lookup("#" + focusId);
        field.requestFocus();
        if (stage.getScene().getFocusOwner() != field) {
            throw new AssertionError("The cursor is not in " + focusId);
        }
    }
}
