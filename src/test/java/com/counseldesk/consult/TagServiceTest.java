package com.counseldesk.consult;

import static com.counseldesk.consult.ConsultOffice.COUNSELOR;
import static com.counseldesk.consult.ConsultOffice.FRONT_DESK;
import static com.counseldesk.consult.ConsultOffice.MANAGER;
import static com.counseldesk.consult.ConsultOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Client-type tags at the service: the office's library, tagging and un-tagging, and who may do what. */
class TagServiceTest {
    private static final String LONG_TEXT = "很".repeat(TagDetails.TEXT_MAX + 1);
    @TempDir
    Path folder;
    private ConsultOffice o;
    private long liMings;

    @BeforeEach
    void open() {
        o = new ConsultOffice(folder);
        liMings = o.household("张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    void everyOfficeHasTheFourTypesOfTheGuideWithTheirSignsMistakesAndStrategies() {
        List<ClientTag> library = o.tags.library(o.id(COUNSELOR));

        assertEquals(List.of(ClientType.HESITANT, ClientType.INTROVERTED, ClientType.SUSPICIOUS, ClientType.TIMID),
                library.stream().map(ClientTag::builtin).toList());
        assertEquals(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型"), library.stream().map(ClientTag::name).toList());
        ClientTag suspicious = library.get(2);
        assertEquals("怀疑心重，对解答提出质疑，不轻易信任咨询师", suspicious.signs());
        assertTrue(suspicious.mistakes().startsWith("语速快、说的多，问的少"), suspicious.mistakes());
        assertTrue(suspicious.strategy().contains("加以实物展示和举例说明，逐渐消除质疑"), suspicious.strategy());
        assertTrue(library.stream().allMatch(t -> t.active() && t.colour().matches("#[0-9a-f]{6}")));
    }

    @Test
    void theOwnerPutsSeveralTagsOnAHouseholdAndWhoAndWhenIsKept() {
        long suspicious = o.builtin(ClientType.SUSPICIOUS).id();
        long timid = o.builtin(ClientType.TIMID).id();
        LocalDateTime at = o.office.clock.localNow();

        o.tags.tag(o.id(COUNSELOR), liMings, suspicious);
        o.office.clock.advance(Duration.ofMinutes(5));
        List<HouseholdTag> now = o.tags.tag(o.id(COUNSELOR), liMings, timid);

        assertEquals(List.of("猜忌型", "胆怯型"), now.stream().map(t -> t.tag().name()).toList());
        assertEquals(COUNSELOR, now.get(0).taggedBy());
        assertEquals(at, now.get(0).taggedAt());
        assertEquals(at.plusMinutes(5), now.get(1).taggedAt());
        assertEquals(now, o.tags.tag(o.id(COUNSELOR), liMings, suspicious), "tagging twice changes nothing");
        assertEquals(2, o.office.count("household_tag"));
    }

    @Test
    void takingATagOffKeepsItsRowWithWhoTookItOffAndWhen() {
        long suspicious = o.builtin(ClientType.SUSPICIOUS).id();
        o.tags.tag(o.id(COUNSELOR), liMings, suspicious);
        o.office.clock.advance(Duration.ofHours(1));

        assertEquals(List.of(), o.tags.untag(o.id(MANAGER), liMings, suspicious));

        assertEquals(1, o.office.count("household_tag"));
        assertEquals(List.of(o.id(COUNSELOR), o.id(MANAGER)), o.office.db.read(h -> h.createQuery(
                "SELECT tagged_by, removed_by FROM household_tag").map((rs, ctx) -> List.of(rs.getLong(1),
                rs.getLong(2))).one()));
        assertEquals("2026-11-27T11:00:00", o.office.db.read(h -> h.createQuery(
                "SELECT removed_at FROM household_tag").mapTo(String.class).one()));
        o.tags.tag(o.id(COUNSELOR), liMings, suspicious);
        assertEquals(List.of("猜忌型"), o.tagNames(liMings), "it can be put on again");
        assertEquals(2, o.office.count("household_tag"));
    }

    @Test
    void anotherCounselorAndTheFrontDeskNeitherReadNorChangeTheTagsTheOwnerAndManagersDo() {
        long suspicious = o.builtin(ClientType.SUSPICIOUS).id();
        o.tags.tag(o.id(COUNSELOR), liMings, suspicious);

        for (String outsider : List.of(OTHER_COUNSELOR, FRONT_DESK)) {
            long who = o.id(outsider);
            refused(Access.REFUSED, () -> o.tags.on(who, liMings));
            refused(Access.REFUSED, () -> o.tags.tag(who, liMings, o.builtin(ClientType.TIMID).id()));
            refused(Access.REFUSED, () -> o.tags.untag(who, liMings, suspicious));
        }
        assertEquals(List.of("猜忌型"), o.tagNames(liMings), "nothing changed");
        refused("error.tag.counselorsOnly", () -> o.tags.library(o.id(FRONT_DESK)));

        o.tags.tag(o.id(MANAGER), liMings, o.builtin(ClientType.TIMID).id());
        assertEquals(List.of("猜忌型", "胆怯型"), o.tagNames(liMings));
    }

    @Test
    void aHouseholdNobodyOwnsIsTaggedByAnyCounselorAndOneGivenAwayNoLonger() {
        long nobodys = o.household("李小龙", null);
        o.tags.tag(o.id(OTHER_COUNSELOR), nobodys, o.builtin(ClientType.HESITANT).id());
        assertEquals(List.of("犹豫不决型"), o.tagNames(nobodys));

        o.office.deactivate(COUNSELOR);
        refused(Access.REFUSED, () -> o.tags.on(o.office.staffId(COUNSELOR), liMings));
    }

    @Test
    void aManagerAddsEditsAndDeactivatesTheOfficesOwnTags() {
        long manager = o.id(MANAGER);
        ClientTag vip = o.tags.add(manager, new TagDetails(" 急躁型 ", "#0F766E", "说话快，催结果", "", "先给结论再解释"));

        assertEquals("急躁型", vip.name());
        assertEquals("#0f766e", vip.colour());
        assertFalse(vip.isBuiltin());
        assertEquals(5, o.tags.library(manager).size());

        ClientTag edited = o.tags.update(manager, vip.id(), new TagDetails("急性子型", "#0f766e", "说话快", "解释太长",
                "先给结论"));
        assertEquals("急性子型", edited.name());
        assertEquals("解释太长", edited.mistakes());

        o.tags.tag(o.id(COUNSELOR), liMings, vip.id());
        ClientTag off = o.tags.setActive(manager, vip.id(), false);
        assertFalse(off.active());
        assertEquals(List.of("急性子型"), o.tagNames(liMings), "a deactivated tag stays where it is");
        long other = o.household("王小明", COUNSELOR);
        refused("error.tag.inactive", () -> o.tags.tag(o.id(COUNSELOR), other, vip.id()));
        assertTrue(o.tags.setActive(manager, vip.id(), true).active());
        o.tags.tag(o.id(COUNSELOR), other, vip.id());
        assertEquals(List.of("急性子型"), o.tagNames(other));
    }

    @Test
    void onlyAManagerKeepsTheLibraryAndTheBuiltInTypesStayAsTheyAre() {
        TagDetails d = new TagDetails("急躁型", "#0f766e", "", "", "");
        refused("error.tag.managerOnly", () -> o.tags.add(o.id(COUNSELOR), d));
        refused("error.tag.managerOnly", () -> o.tags.add(o.id(FRONT_DESK), d));
        long suspicious = o.builtin(ClientType.SUSPICIOUS).id();
        refused("error.tag.builtin", () -> o.tags.update(o.id(MANAGER), suspicious, d));
        refused("error.tag.builtin", () -> o.tags.setActive(o.id(MANAGER), suspicious, false));
        assertEquals(4, o.tags.library(o.id(MANAGER)).size());
    }

    @Test
    void refusedInputNamesItsField() {
        long manager = o.id(MANAGER);

        assertField(TagDetails.NAME, "error.required", () -> new TagDetails(" ", "#0f766e", "", "", ""));
        assertField(TagDetails.NAME, "error.tooLong", () -> new TagDetails("长".repeat(21), "#0f766e", "", "", ""));
        assertField(TagDetails.COLOUR, "error.tag.colour", () -> new TagDetails("急躁型", "red", "", "", ""));
        assertField(TagDetails.COLOUR, "error.tag.colour", () -> new TagDetails("急躁型", "#0f766", "", "", ""));
        assertField(TagDetails.COLOUR, "error.required", () -> new TagDetails("急躁型", "", "", "", ""));
        assertField(TagDetails.SIGNS, "error.tooLong", () -> new TagDetails("急躁型", "#0f766e", LONG_TEXT, "", ""));
        assertField(TagDetails.MISTAKES, "error.tooLong", () -> new TagDetails("急躁型", "#0f766e", "", LONG_TEXT, ""));
        assertField(TagDetails.STRATEGY, "error.tooLong", () -> new TagDetails("急躁型", "#0f766e", "", "", LONG_TEXT));
        assertField(TagDetails.NAME, "error.tag.nameTaken",
                () -> o.tags.add(manager, new TagDetails("猜忌型", "#0f766e", "", "", "")));
        ClientTag vip = o.tags.add(manager, new TagDetails("Vip", "#0f766e", "", "", ""));
        o.tags.setActive(manager, vip.id(), false);
        assertField(TagDetails.NAME, "error.tag.nameTaken",
                () -> o.tags.add(manager, new TagDetails("VIP", "#0f766e", "", "", "")));
        assertEquals("Vip", o.tags.update(manager, vip.id(), new TagDetails("Vip", "#123456", "", "", "")).name(),
                "its own name is no clash");
    }

    private static void assertField(String field, String key, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(List.of(field, key), List.of(e.field(), e.messageKey()));
    }

    private static void refused(String key, Executable call) {
        assertEquals(key, assertThrows(ValidationException.class, call).messageKey());
    }
}
