package com.counseldesk;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryPage;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.SearchQuery;
import com.counseldesk.family.Student;
import com.counseldesk.office.OfficeService;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code find --db PATH [--limit N] TEXT}: the households the directory finds for the text, best
 * first, one per line, tab-separated under a header line, for support and scripts. Names and grades
 * are in the office's language; numbers in their stored form (13812345678, 01062345678#12), so that a
 * script can match them. An older database is upgraded first, as the app does; a file that is missing
 * is not created.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Print the households found for a name, pinyin or 4+ digits of a phone, best first,",
                "tab-separated: id, students, contacts, owner, last contact."})
final class FindCommand implements Callable<Integer> {
    static final String HEADER = String.join("\t", "id", "students", "contacts", "owner", "last_contact");
    static final int DEFAULT_LIMIT = 100;
    private static final DateTimeFormatter LAST_CONTACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "PATH", description = "the office's database file or server address")
    String db;

    @Option(names = "--limit", paramLabel = "N", description = "at most N households (default ${DEFAULT-VALUE})")
    int limit = DEFAULT_LIMIT;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "what to look for")
    List<String> words = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    FindCommand(Cli.Io io) {
        this.io = io;
    }

    /**
     * Returns the process exit code: 0 found (or nothing to find), 1 the database refused, 2 a usage
     * mistake. {@code clock} says what today is (a grade moves on with the school years).
     */
    static int run(List<String> args, PrintStream out, PrintStream err, Clock clock) {
        List<String> all = new ArrayList<>(List.of("find"));
        all.addAll(args);
        return Cli.execute(new Cli.Io(out, err, clock), all.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintStream err = io.err();
        if (db == null) {
            return Commands.usageMistake(spec, "find needs --db PATH");
        }
        if (limit < 1 || limit > Directory.MAX_LIMIT) {
            return Commands.usageMistake(spec, "--limit must be between 1 and " + Directory.MAX_LIMIT);
        }
        DbAddress address = Commands.address(Optional.of(db), err).orElse(null);
        if (address == null) {
            return 2;
        }
        try (Database database = Commands.openExisting(address, err)) {
            print(database, SearchQuery.of(String.join(" ", words)), limit, io.clock(), io.out(), err);
            return 0;
        } catch (Commands.Missing e) {
            err.println(e.getMessage());
            return 1;
        } catch (DatabaseException e) {
            err.println(new I18n(I18n.ENGLISH).t("db.error." + e.reason().name(), e.address().toString()));
            return 1;
        }
    }

    /** Said on the error stream before an older database is upgraded, which takes a while on a large office. */
    static final String UPGRADING = "Upgrading the database to this version first (once; a large office takes a minute) …";

    private static void print(Database database, SearchQuery query, int limit, Clock clock, PrintStream out,
            PrintStream err) {
        I18n i18n = I18n.forTag(new OfficeService(database, clock).language().orElse(null));
        LocalDate today = LocalDate.now(clock);
        DirectoryPage page;
        try (Directory directory = new Directory(database, new FamilyService(database, clock))) {
            page = directory.search(query, limit, 0);
        }
        out.println(HEADER);
        for (HouseholdCard card : page.households()) {
            out.println(String.join("\t", String.valueOf(card.id()), cell(students(card, i18n, today)),
                    cell(contacts(card, i18n)), cell(owner(card, i18n)), lastContact(card)));
        }
        if (page.more()) {
            err.println("More households match; these are the first " + limit + " (--limit N shows more).");
        }
    }

    /** "张小明（初二）、张小红（三年级）". */
    private static String students(HouseholdCard card, I18n i18n, LocalDate today) {
        return card.students().stream()
                .map((Student s) -> i18n.t("family.student.line", s.name(), i18n.label(s.gradeOn(today))))
                .collect(Collectors.joining("、"));
    }

    /** "王芳（母亲）13812345678，13900001111；张强（父亲）01062345678#12". */
    private static String contacts(HouseholdCard card, I18n i18n) {
        return card.contacts().stream().map((Contact c) -> i18n.t("family.contact.line",
                c.name().isEmpty() ? i18n.t("family.contact.unnamed") : c.name(), i18n.label(c.relation()),
                c.phones().stream().map((ContactPhone p) -> p.phone().value()).collect(Collectors.joining("，"))))
                .collect(Collectors.joining("；"));
    }

    private static String owner(HouseholdCard card, I18n i18n) {
        if (card.ownerName() == null) {
            return "";
        }
        return card.ownerActive() ? card.ownerName() : i18n.t("family.owner.inactive", card.ownerName());
    }

    private static String lastContact(HouseholdCard card) {
        return card.household().lastContactAt() == null ? "" : card.household().lastContactAt().format(LAST_CONTACT);
    }

    /** A value on one line and in one column, whatever it holds. */
    private static String cell(String value) {
        return value.replaceAll("[\\t\\r\\n]", " ");
    }
}
