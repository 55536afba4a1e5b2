package com.counseldesk;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffService;
import com.counseldesk.report.importing.ImportRequest;
import com.counseldesk.report.importing.ImportResult;
import com.counseldesk.report.importing.ImportRow;
import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.Mapping;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.report.importing.RejectedRows;
import com.counseldesk.report.importing.Sheet;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.report.importing.SheetRow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import --db PATH FILE}: imports an old register (.xlsx or .xls) as one batch, with the column
 * mapping the app would propose. People the sheet names who are not on the staff list are added as
 * former staff, unless {@code --owner NAME} gives all of them, and the rows that name nobody, to one
 * person; without it, rows that name nobody go to the office's first manager.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import an old register (热线登记表 or visitor register, .xlsx or .xls) as one batch that the",
                "app can undo. Rows whose number the office has are merged into that family; rows that cannot",
                "be read are not imported and are listed with their reason."},
        footer = {"", "Exit code: 0 imported (some rows may have been rejected: see the summary), 1 nothing imported"
                + " (file, sheet or database refused), 2 a usage mistake."})
final class ImportCommand implements Callable<Integer> {
    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "PATH", description = "the office's database file or server address")
    String db;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the register: .xlsx or .xls")
    Path file;

    @Option(names = "--kind", paramLabel = "calls|visits",
            description = "each row is a call (热线登记表) or a visit (visitor register); default: guessed from the titles")
    RegisterKind kind;

    @Option(names = "--sheet", paramLabel = "NAME|N", description = "the sheet (name or number from 1); default: the"
            + " first whose headers name a phone and a date")
    String sheetChoice;

    @Option(names = "--owner", paramLabel = "NAME",
            description = "staff member who gets every person not on the staff list and every row naming nobody")
    String owner;

    @Option(names = "--dry-run", description = "read and check everything, store nothing")
    boolean dryRun;

    @Option(names = "--rejected", paramLabel = "FILE.xlsx",
            description = "write the rows not imported, with their reasons, to this workbook")
    Path rejected;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ImportCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream err = io.err();
        if (db == null) {
            return Commands.usageMistake(spec, "import needs --db PATH");
        }
        if (file == null) {
            return Commands.usageMistake(spec, "import needs the FILE to import");
        }
        if (rejected != null && !rejected.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Commands.usageMistake(spec, "--rejected names an .xlsx workbook");
        }
        DbAddress address = Commands.address(Optional.of(db), err).orElse(null);
        if (address == null) {
            return 2;
        }
        Sheet sheet;
        try {
            sheet = sheet();
        } catch (SheetFiles.Unreadable e) {
            err.println(e.getMessage());
            return 1;
        }
        Mapping mapping = Mapping.guess(sheet);
        if (!mapping.missing().isEmpty()) {
            err.println("Sheet '" + sheet.name() + "' of " + file.getFileName() + ": no column header names the "
                    + String.join(" and ", mapping.missing().stream().map(f -> f.name().toLowerCase(Locale.ROOT))
                            .toList()) + " (such as 电话 / 联系电话 / 手机 and 日期 / 来电时间 / 登记日期). Nothing was imported.");
            return 1;
        }
        try (Database database = Commands.openExisting(address, err)) {
            return run(database, sheet, mapping);
        } catch (Commands.Missing e) {
            err.println(e.getMessage());
            return 1;
        } catch (DatabaseException e) {
            err.println(Commands.message(e));
            return 1;
        }
    }

    private int run(Database database, Sheet sheet, Mapping mapping) {
        PrintStream err = io.err();
        OfficeService office = new OfficeService(database, io.clock());
        if (!office.isSetUp()) {
            err.println("The database holds no office yet: open it in the app first. Nothing was imported.");
            return 1;
        }
        I18n i18n = I18n.forTag(office.language().orElse(null));
        StaffService staff = new StaffService(database, io.clock());
        ImportService imports = new ImportService(database, io.clock(), new FamilyService(database, io.clock()), staff);
        List<Staff> everyone = staff.all();
        Long fallback;
        Map<String, Long> people = new HashMap<>();
        if (owner != null) {
            Optional<Staff> named = everyone.stream().filter(s -> s.name().equals(owner.strip()))
                    .sorted((a, b) -> Boolean.compare(b.active(), a.active())).findFirst();
            if (named.isEmpty()) {
                err.println("--owner: nobody on the staff list is called '" + owner + "'. Nothing was imported.");
                return 1;
            }
            fallback = named.get().id();
            for (String name : imports.unknownPeople(imports.rows(sheet, mapping, kind(sheet, mapping)))) {
                people.put(name, fallback);
            }
        } else {
            fallback = everyone.stream().filter(s -> s.active() && s.role() == Role.MANAGER).map(Staff::id)
                    .findFirst().orElse(null);
        }
        RegisterKind k = kind(sheet, mapping);
        ImportResult result;
        try {
            result = imports.run(new ImportRequest(file.getFileName().toString(), sheet, mapping, k, people, fallback,
                    null, dryRun), ImportService.Progress.NONE);
        } catch (ValidationException e) {
            err.println(i18n.t(Msg.of(e)));
            return 1;
        }
        summary(sheet, k, result, i18n);
        if (rejected != null && !result.rejected().isEmpty()) {
            try {
                RejectedRows.write(rejected, sheet, mapping, result.rejected(), i18n);
                err.println("The rows not imported, with their reasons: " + rejected);
            } catch (IOException e) {
                err.println("Could not write " + rejected + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private void summary(Sheet sheet, RegisterKind k, ImportResult r, I18n i18n) {
        io.out().printf(Locale.ROOT, "%s%s, sheet '%s' (%s): read %d, stored %d, merged %d, rejected %d%n",
                dryRun ? "Dry run, nothing stored: " : "Imported ", file.getFileName(), sheet.name(),
                k.name().toLowerCase(Locale.ROOT), r.read(), r.stored(), r.merged(), r.rejected().size());
        if (r.batchId() != null) {
            io.out().println("Batch " + r.batchId() + " (the app's import screen can undo it)");
        }
        if (!r.formerStaff().isEmpty()) {
            io.out().println((dryRun ? "Would add" : "Added") + " as former staff: " + String.join(", ", r.formerStaff()));
        }
        for (ImportRow.Rejected x : r.rejected()) {
            io.err().println("row " + x.source().number() + ": " + i18n.t(x.reason()));
        }
    }

    private RegisterKind kind(Sheet sheet, Mapping mapping) {
        if (kind != null) {
            return kind;
        }
        List<String> words = new java.util.ArrayList<>(List.of(sheet.name(), file.getFileName().toString()));
        sheet.rows().stream().filter(r -> r.number() <= mapping.headerRow()).map(SheetRow::cells)
                .forEach(words::addAll);
        return RegisterKind.guess(words);
    }

    /** The sheet named by --sheet, else the first whose headers name a phone and a date. */
    private Sheet sheet() {
        List<String> names = SheetFiles.sheetNames(file);
        if (sheetChoice != null) {
            int index = names.indexOf(sheetChoice);
            if (index < 0 && sheetChoice.matches("\\d+")) {
                index = Integer.parseInt(sheetChoice) - 1;
            }
            if (index < 0 || index >= names.size()) {
                throw new SheetFiles.Unreadable(file.getFileName() + " has no sheet '" + sheetChoice + "' (it has "
                        + String.join(", ", names) + ")", null);
            }
            return SheetFiles.read(file, index);
        }
        for (int i = 0; i < names.size(); i++) {
            Sheet s = SheetFiles.read(file, i);
            if (Mapping.guess(s).missing().isEmpty()) {
                return s;
            }
        }
        return SheetFiles.read(file, 0);
    }
}
