package com.counseldesk.hotline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.counseldesk.common.fx.Background;
import com.counseldesk.hotline.AppointmentRow;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.Booking;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an appointment from the list: a day and time refused are said beside them, not in the band. */
class AppointmentsViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private AppointmentService appointments;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppointmentsViewModel vm;
    private AppointmentRow zhang;
    private LocalDate tomorrow;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        appointments = new AppointmentService(t.db, t.clock, t.families, t.office, t.walkIns);
        tomorrow = t.clock.localNow().toLocalDate().plusDays(1);
        long liMing = t.staffId(TestOffice.COUNSELOR);
        Registration r = t.register(t.walkIn(TestOffice.COUNSELOR).phone("139 0000 1111").student("张子涵"));
        zhang = appointments.book(liMing, r.householdId(), Booking.at(tomorrow.atTime(10, 0)), false);
        Registration other = t.register(t.walkIn(TestOffice.COUNSELOR).phone("139 0000 2222").student("王小明"));
        appointments.book(liMing, other.householdId(), Booking.at(tomorrow.atTime(15, 0)), false);
        vm = new AppointmentsViewModel(appointments, Background.direct(), dialogs, t.staff(TestOffice.COUNSELOR),
                t.clock);
        vm.load();
        vm.selectedProperty().set(vm.rows().stream().filter(a -> a.id() == zhang.id()).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void moveTo(String day, String time) {
        vm.newDayProperty().set(day);
        vm.newTimeProperty().set(time);
        vm.reschedule();
    }

    @Test
    void aDayGoneByIsRefusedBesideTheFields() {
        moveTo(t.clock.localNow().toLocalDate().minusDays(1).toString(), "10:00");

        assertEquals("error.appointment.past", vm.moveErrorProperty().get().key());
        assertNull(vm.messageProperty().get(), "the band stays quiet");
        assertEquals(AppointmentStatus.BOOKED, appointments.appointment(zhang.id()).status());

        vm.newTimeProperty().set("11:00");
        assertNull(vm.moveErrorProperty().get(), "typing again clears the message");
    }

    @Test
    void aMissingTimeOrAnUnreadableDayIsRefusedBesideTheFields() {
        moveTo(tomorrow.toString(), "");
        assertEquals("hotline.call.timeNeeded", vm.moveErrorProperty().get().key());

        moveTo("下周", "10:00");
        assertEquals("error.followUp.dayFormat", vm.moveErrorProperty().get().key());
        assertEquals(AppointmentStatus.BOOKED, appointments.appointment(zhang.id()).status());
    }

    @Test
    void aTimeOverlappingAnotherIsMovedOnlyWhenTheCounselorSaysSo() {
        dialogs.answer(false);
        moveTo(tomorrow.toString(), "15:30");

        assertEquals("error.appointment.overlap", vm.moveErrorProperty().get().key());
        assertEquals(AppointmentStatus.BOOKED, appointments.appointment(zhang.id()).status());

        dialogs.answer(true);
        vm.reschedule();
        assertNull(vm.moveErrorProperty().get());
        assertEquals(AppointmentStatus.RESCHEDULED, appointments.appointment(zhang.id()).status());
        assertEquals("", vm.newDayProperty().get());
    }

    @Test
    void aGoodTimeMovesTheAppointment() {
        moveTo(tomorrow.toString(), "11:00");

        assertNull(vm.moveErrorProperty().get());
        assertEquals(AppointmentStatus.RESCHEDULED, appointments.appointment(zhang.id()).status());
        assertEquals(LocalDateTime.of(tomorrow, java.time.LocalTime.of(11, 0)),
                vm.rows().stream().filter(a -> a.studentName().equals("张子涵")).findFirst().orElseThrow().startsAt());
    }
}
