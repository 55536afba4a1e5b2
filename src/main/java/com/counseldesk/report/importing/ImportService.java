package com.counseldesk.report.importing;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdImport;
import com.counseldesk.hotline.ImportedCalls;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffService;
import com.counseldesk.walkin.ImportedVisits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Imports old registers (热线登记表, visitor registers) as one batch in one transaction: each readable
 * row becomes a household (or is merged into the household that has its number, stored before or made
 * by an earlier row, bringing the numbers and students that household lacks) and the call or visit the
 * register records, on the row's date. The whole batch
 * can be undone while nothing has been done to its households since. Only managers import.
 */
public class ImportService {
    /** How often the progress is told, in rows. */
    static final int PROGRESS_EVERY = 250;
    /** The page cache of the import's connection to an SQLite file, in KiB. */
    private static final int IMPORT_CACHE_KIB = 256 * 1024;

    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final StaffService staff;

    public ImportService(Database db, Clock clock, FamilyService families, StaffService staff) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.staff = staff;
    }

    /** Told how far an import is, and asked whether to stop (nothing is then stored). */
    public interface Progress {
        Progress NONE = (done, total) -> false;

        /** Returns true to cancel. */
        boolean rowsDone(int done, int total);
    }

    /** The import was cancelled: nothing was stored. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled");
        }
    }

    /** Every row below the header as it will be stored, or why not (for the preview and the import). */
    public List<ImportRow> rows(Sheet sheet, Mapping mapping, RegisterKind kind) {
        return new RowReader(mapping, kind, LocalDate.now(clock)).read(sheet);
    }

    /** The people the rows name who are not on the staff list (active or former), in order of appearance. */
    public List<String> unknownPeople(List<ImportRow> rows) {
        Set<String> known = new LinkedHashSet<>();
        staff.all().forEach(s -> known.add(s.name()));
        Set<String> unknown = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            if (row instanceof ImportRow.Readable r && !r.owner().isEmpty() && !known.contains(r.owner())) {
                unknown.add(r.owner());
            }
        }
        return List.copyOf(unknown);
    }

    /** The past imports, the latest first. */
    public List<ImportBatch> batches() {
        return db.read(h -> new ImportDao(h).all());
    }

    /** Runs the import (or, for a dry run, all of it and then rolls it back). */
    public ImportResult run(ImportRequest request, Progress progress) {
        mapped(request);
        return run(request, rows(request.sheet(), request.mapping(), request.kind()), progress);
    }

    /**
     * Runs the import of {@code rows}, read already from the request's sheet with its mapping and kind
     * ({@link #rows}): the import screen has them from its preview, and a large sheet takes a second to read.
     */
    public ImportResult run(ImportRequest request, List<ImportRow> rows, Progress progress) {
        mapped(request);
        try {
            return db.inTransaction(h -> {
                allowed(h, request.actor());
                if (db.isSqlite()) {
                    // This connection only (it is closed after): the batch's indexes fit in memory.
                    h.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
                }
                ImportResult result = new BatchWriter(h, request, rows, progress).write();
                if (request.dryRun()) {
                    throw new DryRun(result);
                }
                return result;
            });
        } catch (DryRun d) {
            return d.result;
        }
    }

    /**
     * Undoes a batch: its households (with their people and numbers) and the calls and visits it
     * added, also to households stored before it, are removed in one transaction, and so are the
     * students, contacts and numbers it added to those, whose first contact it moved is put back; the
     * batch is marked undone. Refused as a whole, naming the students, when anything was done to its
     * households since (a visit, a call, a note, a follow-up …) or to what it added to a stored one:
     * nothing is then changed.
     */
    public ImportBatch undo(long batchId, Long actor) {
        try {
            return db.inTransaction(h -> {
                allowed(h, actor);
                ImportDao dao = new ImportDao(h);
                ImportBatch batch = dao.find(batchId).orElseThrow(() -> new ValidationException("batch",
                        "import.undo.unknown"));
                if (batch.undone()) {
                    throw new ValidationException("batch", "import.undo.already");
                }
                List<String> touched = dao.touchedSince(batchId);
                if (!touched.isEmpty()) {
                    throw new ValidationException("batch", "import.undo.touched", touched.size(),
                            String.join("、", touched.subList(0, Math.min(5, touched.size()))));
                }
                LocalDateTime now = LocalDateTime.now(clock);
                new ImportedCalls(h, now).removeBatch(batchId);
                new ImportedVisits(db, h).removeBatch(batchId);
                families.importing(h).removeBatch(batchId);
                dao.undone(batchId, now, actor);
                return dao.find(batchId).orElseThrow();
            });
        } catch (JdbiException e) {
            // Something this version does not know of still points at the batch's rows.
            throw new ValidationException("batch", "import.undo.blocked");
        }
    }

    private static void mapped(ImportRequest request) {
        if (request.mapping().columnOf(Field.PHONE) < 0 || request.mapping().columnOf(Field.DATE) < 0) {
            throw new ValidationException("mapping", "import.error.mapping");
        }
    }

    private void allowed(Handle h, Long actor) {
        if (actor == null) {
            return;
        }
        Optional<Staff> who = staff.all().stream().filter(s -> s.id() == actor).findFirst();
        if (who.isEmpty() || !who.get().active() || who.get().role() != Role.MANAGER) {
            throw new ValidationException("actor", "import.error.notManager");
        }
    }

    /** Carries a dry run's result out of its transaction, which it rolls back. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        DryRun(ImportResult result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }

    /** One import inside its transaction: groups the rows by number, then writes households, then events. */
    private final class BatchWriter {
        private final Handle h;
        private final ImportRequest request;
        private final List<ImportRow> rows;
        private final Progress progress;
        private final LocalDateTime now = LocalDateTime.now(clock);

        BatchWriter(Handle h, ImportRequest request, List<ImportRow> rows, Progress progress) {
            this.h = h;
            this.request = request;
            this.rows = rows;
            this.progress = progress;
        }

        ImportResult write() {
            ImportDao dao = new ImportDao(h);
            long batchId = dao.insert(now, request.actor(), request.fileName(), request.sheet().name(),
                    request.kind());
            People people = new People(h, request, staff);
            HouseholdImport households = families.importing(h);
            Grouping grouping = new Grouping(households.activeNumbers());
            List<ImportRow.Rejected> rejected = new ArrayList<>();
            int total = rows.size() * 2;
            int done = 0;
            for (ImportRow row : rows) {
                tell(++done, total, false);
                if (row instanceof ImportRow.Rejected r) {
                    rejected.add(r);
                    continue;
                }
                ImportRow.Readable r = (ImportRow.Readable) row;
                Long owner = people.idOf(r.owner());
                if (owner == null) {
                    rejected.add(new ImportRow.Rejected(r.source(), r.owner().isEmpty()
                            ? new Msg("import.reject.noOwner") : new Msg("import.reject.owner", r.owner())));
                    continue;
                }
                grouping.add(r, owner);
            }
            List<Grouping.Group> groups = grouping.groups();
            List<HouseholdImport.Created> created = households.createAll(
                    groups.stream().map(Grouping.Group::household).toList(), batchId, request.actor());
            for (int i = 0; i < groups.size(); i++) {
                groups.get(i).created = created.get(i);
            }
            List<Grouping.Group> merges = grouping.merges();
            Map<Long, Map<String, Long>> storedStudents = households.mergeAll(
                    merges.stream().map(Grouping.Group::merge).toList(), batchId);
            merges.forEach(g -> g.storedStudents = storedStudents.get(g.householdId()));
            total = rows.size() + grouping.events().size();
            List<ImportedCalls.Imported> calls = new ArrayList<>();
            List<ImportedVisits.Imported> visits = new ArrayList<>();
            for (Grouping.Event e : grouping.events()) {
                tell(++done, total, false);
                long householdId = e.group().householdId();
                String name = e.row().student().name();
                Long studentId = e.group().studentId(name);
                if (request.kind() == RegisterKind.CALLS) {
                    calls.add(new ImportedCalls.Imported(householdId, studentId, e.row().phones().get(0), e.owner(),
                            e.row().at(), name, e.row().needs(), e.row().summary()));
                } else {
                    visits.add(new ImportedVisits.Imported(householdId, studentId, e.row().channel(), e.owner(),
                            e.row().at(), e.row().needs()));
                }
            }
            new ImportedCalls(h, now).addAll(calls, batchId);
            new ImportedVisits(db, h).addAll(visits, batchId);
            tell(total, total, true);
            rejected.sort((a, b) -> Integer.compare(a.source().number(), b.source().number()));
            int stored = grouping.groups().size();
            int merged = grouping.events().size() - stored;
            dao.counts(batchId, rows.size(), stored, merged, rejected.size());
            return new ImportResult(request.dryRun() ? null : batchId, rows.size(), stored, merged, rejected,
                    people.created());
        }

        private void tell(int done, int total, boolean last) {
            if ((done % PROGRESS_EVERY == 0 || last) && progress.rowsDone(done, total)) {
                throw new Cancelled();
            }
        }
    }

    /** The staff member each name means: on the staff list, chosen by the person, or added as former staff. */
    private static final class People {
        private final Handle h;
        private final ImportRequest request;
        private final StaffService staff;
        private final Map<String, Long> ids = new java.util.HashMap<>();
        private final List<String> created = new ArrayList<>();

        People(Handle h, ImportRequest request, StaffService staff) {
            this.h = h;
            this.request = request;
            this.staff = staff;
            // An active person wins over a former one of the same name.
            staff.all().stream().sorted((a, b) -> Boolean.compare(a.active(), b.active()))
                    .forEach(s -> ids.put(s.name(), s.id()));
            ids.putAll(request.people());
        }

        Long idOf(String name) {
            if (name.isEmpty()) {
                return request.fallbackOwner();
            }
            if (!ids.containsKey(name)) {
                try {
                    ids.put(name, staff.addFormer(h, name, request.actor()).id());
                    created.add(name);
                } catch (ValidationException e) {
                    ids.put(name, null);
                }
            }
            return ids.get(name);
        }

        List<String> created() {
            return created;
        }
    }
}
