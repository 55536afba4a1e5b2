package com.counseldesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course catalogue: prices change from a day on, and contracts keep the price they were signed at. */
class CourseServiceTest {
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
    void aPriceChangeStartsOnItsDayAndLeavesSignedContractsAlone() {
        Contract signed = o.sign(o.mathContract(null)).contract();
        o.courses.changePrice(o.manager, o.math.id(), Fen.yuan(8800), o.today().plusDays(4));

        assertEquals(Fen.yuan(8000), price(o.courses.offered(o.today()), o.math.id()));
        assertEquals(Fen.yuan(8800), price(o.courses.offered(o.today().plusDays(4)), o.math.id()));
        List<CoursePrice> prices = o.courses.prices(o.math.id());
        assertEquals(List.of(Fen.yuan(8800), Fen.yuan(8000)), prices.stream().map(CoursePrice::price).toList());
        assertEquals("赵丽", prices.get(0).setByName());

        o.t.clock.advance(Duration.ofDays(5));
        assertEquals(Fen.yuan(8800), price(o.courses.all(), o.math.id()));
        Contract again = o.contracts.page(o.manager, signed.id()).contract();
        assertEquals(Fen.yuan(8000), again.courses().get(0).price());
        assertEquals(800_000, again.terms().due().value());
    }

    @Test
    void onlyAManagerKeepsTheCatalogueAndNamesAreUnique() {
        CourseDetails d = new CourseDetails("物理冲刺", CourseKind.PACKAGE, Set.of(Subject.PHYSICS, Subject.MATH), 24);
        assertEquals("error.course.managerOnly", assertThrows(ValidationException.class,
                () -> o.courses.add(o.liMing, d, Fen.yuan(5000))).messageKey());
        Course c = o.courses.add(o.manager, d, Fen.yuan(5000));
        assertEquals(List.of(Subject.MATH, Subject.PHYSICS), c.subjects());
        assertEquals("error.course.nameTaken", assertThrows(ValidationException.class,
                () -> o.courses.add(o.manager, d, Fen.yuan(1))).messageKey());
        assertEquals("error.course.priceFromPast", assertThrows(ValidationException.class,
                () -> o.courses.changePrice(o.manager, c.id(), Fen.yuan(1), o.today().minusDays(1))).messageKey());
        assertEquals("error.course.subjects", assertThrows(ValidationException.class,
                () -> new CourseDetails("空", CourseKind.COURSE, Set.of(), 10)).messageKey());

        o.courses.setActive(o.manager, c.id(), false);
        assertFalse(o.courses.offered(o.today()).stream().anyMatch(x -> x.id() == c.id()));
        assertFalse(o.courses.all().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow().active());
        Course renamed = o.courses.update(o.manager, c.id(), new CourseDetails("物理冲刺班", CourseKind.PACKAGE,
                Set.of(Subject.PHYSICS), 30));
        assertEquals("物理冲刺班", renamed.name());
        assertEquals(30, renamed.classHours());
    }

    private static Fen price(List<Course> courses, long id) {
        return courses.stream().filter(c -> c.id() == id).findFirst().orElseThrow().price();
    }
}
