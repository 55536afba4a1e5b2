package com.counseldesk.report.importing.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffService;
import com.counseldesk.report.importing.Field;
import com.counseldesk.report.importing.ImportBatch;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import of an old register, step by step: the file and its sheet, the mapping proposed from the
 * headers (each column's field can be changed), which register it is, the first rows as they will be
 * stored with their problems, the people the sheet names who are not staff (each mapped to a staff
 * member or added as former staff), then the import with its progress and a way to cancel, the
 * summary, the rejected rows to save, and the undo of this or a past import.
 */
public final class ImportViewModel {
    /** How many rows the preview shows. */
    public static final int PREVIEW = 50;

    /** A preview line: the sheet's row number, what will be stored, and its problem ("" when none). */
    public record Line(int row, String student, String phones, String date, String owner, String problem) {
    }

    /** A name in the sheet and who it means: a staff member's id, or null to add the name as former staff. */
    public static final class Person {
        private final String name;
        private final ObjectProperty<Staff> staff = new SimpleObjectProperty<>();

        Person(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public ObjectProperty<Staff> staffProperty() {
            return staff;
        }
    }

    private final ImportService imports;
    private final StaffService staffService;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> currentStaff;
    private final Supplier<I18n> i18n;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<Mapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<RegisterKind> kind = new SimpleObjectProperty<>(RegisterKind.CALLS);
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<Line> preview = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    /** Whether the import just made ({@link #resultProperty}) has been undone since. */
    private final BooleanProperty thisUndone = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private List<ImportRow> rows = List.of();
    /** How many times the rows were asked to be read again: only the latest reading is shown. */
    private long rereads;

    public ImportViewModel(ImportService imports, StaffService staffService, Background background,
            DialogService dialogs, Supplier<Staff> currentStaff, Supplier<I18n> i18n) {
        this.imports = imports;
        this.staffService = staffService;
        this.background = background;
        this.dialogs = dialogs;
        this.currentStaff = currentStaff;
        this.i18n = i18n;
    }

    /** Reads the staff list and the past imports. */
    public void load() {
        background.run(() -> List.of(staffService.all(), imports.batches()), lists -> {
            @SuppressWarnings("unchecked")
            List<Staff> staff = (List<Staff>) lists.get(0);
            @SuppressWarnings("unchecked")
            List<ImportBatch> past = (List<ImportBatch>) lists.get(1);
            staffChoices.setAll(staff);
            batches.setAll(past);
        }, failed("import.error.loadFailed"));
    }

    /** Asks for the register and opens its first sheet that has a phone and a date column. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(new Msg("import.chooseFile"), List.of("xlsx", "xls")).ifPresent(this::open);
    }

    /** Opens a register (the file chooser's answer; tests give it directly). */
    public void open(Path path) {
        background.run(() -> {
            List<String> names = SheetFiles.sheetNames(path);
            int best = 0;
            for (int i = 0; i < names.size(); i++) {
                if (Mapping.guess(SheetFiles.read(path, i)).missing().isEmpty()) {
                    best = i;
                    break;
                }
            }
            return new Opened(names, best, SheetFiles.read(path, best));
        }, opened -> {
            file.set(path);
            result.set(null);
            sheets.setAll(opened.names());
            show(opened.sheet());
        }, failed("import.error.openFailed"));
    }

    private record Opened(List<String> names, int index, Sheet sheet) {
    }

    /** Shows another sheet of the file. */
    public void selectSheet(int index) {
        Path path = file.get();
        if (path == null || index < 0 || index >= sheets.size()
                || sheet.get() != null && sheets.get(index).equals(sheet.get().name())) {
            return;
        }
        background.run(() -> SheetFiles.read(path, index), this::show, failed("import.error.openFailed"));
    }

    private void show(Sheet s) {
        sheet.set(s);
        Mapping m = Mapping.guess(s);
        List<String> words = new ArrayList<>(List.of(s.name(), file.get().getFileName().toString()));
        s.rows().stream().filter(r -> r.number() <= m.headerRow()).map(SheetRow::cells).forEach(words::addAll);
        kind.set(RegisterKind.guess(words));
        int width = s.width();
        List<String> h = s.rows().stream().filter(r -> r.number() == m.headerRow()).findFirst()
                .map(SheetRow::cells).orElse(List.of());
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            names.add(c < h.size() && !h.get(c).isBlank() ? h.get(c) : columnLetter(c));
        }
        Mapping full = m;
        for (int c = m.columns().size(); c < width; c++) {
            full = full.with(c, Field.IGNORED);
        }
        headers.setAll(names);
        mapping.set(full);
        reread();
    }

    /** Changes what a column holds; the preview follows. */
    public void setField(int column, Field field) {
        if (mapping.get() == null || mapping.get().field(column) == field) {
            return;
        }
        mapping.set(mapping.get().with(column, field));
        reread();
    }

    public void setKind(RegisterKind k) {
        if (k != null && k != kind.get()) {
            kind.set(k);
            reread();
        }
    }

    /**
     * Reads the rows again with the mapping as it is now, off the UI thread (a sheet may have a hundred
     * thousand rows): the preview and the unknown people follow when read, unless a later change has
     * asked again meanwhile, whose reading then wins.
     */
    private void reread() {
        Sheet s = sheet.get();
        if (s == null) {
            return;
        }
        Mapping m = mapping.get();
        RegisterKind k = kind.get();
        I18n words = i18n.get();
        long asked = ++rereads;
        reading.set(true);
        message.set(m.missing().isEmpty() ? null : new Msg("import.error.mapping"));
        background.run(() -> {
            List<ImportRow> read = imports.rows(s, m, k);
            List<Line> lines = new ArrayList<>();
            for (ImportRow row : read.subList(0, Math.min(PREVIEW, read.size()))) {
                lines.add(line(row, words));
            }
            return new Reading(read, lines, imports.unknownPeople(read));
        }, r -> {
            if (asked != rereads) {
                return;
            }
            reading.set(false);
            rows = r.rows();
            preview.setAll(r.lines());
            Map<String, Person> before = new HashMap<>();
            people.forEach(p -> before.put(p.name(), p));
            people.setAll(r.unknown().stream().map(n -> before.getOrDefault(n, new Person(n))).toList());
        }, e -> {
            if (asked == rereads) {
                reading.set(false);
                failed(e);
            }
        });
    }

    /** The rows read with one mapping: all of them, the preview's lines, the names that are not staff. */
    private record Reading(List<ImportRow> rows, List<Line> lines, List<String> unknown) {
    }

    private static Line line(ImportRow row, I18n words) {
        if (row instanceof ImportRow.Readable r) {
            return new Line(r.source().number(), r.student().name(),
                    String.join(" / ", r.phones().stream().map(p -> p.display()).toList()),
                    r.at().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? r.at().toLocalDate().toString()
                            : r.at().toString().replace('T', ' '),
                    r.owner(), "");
        }
        ImportRow.Rejected x = (ImportRow.Rejected) row;
        return new Line(x.source().number(), "", "", "", "", words.t(x.reason()));
    }

    /** The rows that will be read, rejected among them. */
    public int rowCount() {
        return rows.size();
    }

    /** Imports in the background; the progress bar follows and Cancel stops it (nothing then is stored). */
    public void startImport() {
        Sheet s = sheet.get();
        if (s == null || running.get() || reading.get()) {
            return;
        }
        if (!mapping.get().missing().isEmpty()) {
            message.set(new Msg("import.error.mapping"));
            return;
        }
        Staff actor = currentStaff.get();
        Map<String, Long> chosen = new HashMap<>();
        people.forEach(p -> {
            if (p.staffProperty().get() != null) {
                chosen.put(p.name(), p.staffProperty().get().id());
            }
        });
        ImportRequest request = new ImportRequest(file.get().getFileName().toString(), s, mapping.get(), kind.get(),
                chosen, actor.id(), actor.id(), false);
        // The rows as the preview read them with this mapping: the import starts without reading them again.
        List<ImportRow> read = rows;
        cancel.set(false);
        running.set(true);
        progress.set(0);
        message.set(null);
        background.run(() -> imports.run(request, read, (done, total) -> {
            double p = total == 0 ? 1 : (double) done / total;
            background.onUi(() -> progress.set(p));
            return cancel.get();
        }), r -> {
            running.set(false);
            progress.set(1);
            result.set(r);
            thisUndone.set(false);
            load();
        }, e -> {
            running.set(false);
            progress.set(0);
            if (e instanceof ImportService.Cancelled) {
                message.set(new Msg("import.cancelled"));
            } else {
                failed(e);
            }
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Saves the rows not imported, with their reasons, where the person says. */
    public void saveRejected() {
        ImportResult r = result.get();
        if (r == null || r.rejected().isEmpty()) {
            return;
        }
        Sheet s = sheet.get();
        Mapping m = mapping.get();
        I18n words = i18n.get();
        dialogs.saveFile(new Msg("import.saveRejected"), words.t("import.rejected.fileName"), null, "xlsx").ifPresent(path ->
                background.run(() -> {
                    RejectedRows.write(path, s, m, r.rejected(), words);
                    return path;
                }, saved -> message.set(new Msg("import.rejected.saved", saved.toString())),
                        failed("import.error.saveFailed")));
    }

    /** Undoes this import (the summary's button). */
    public void undoThis() {
        ImportResult r = result.get();
        if (r != null && r.batchId() != null) {
            undo(r.batchId());
        }
    }

    /** Undoes an import, after asking. */
    public void undo(long batchId) {
        if (!dialogs.confirm(new Msg("import.undo.title"), new Msg("import.undo.confirm"))) {
            return;
        }
        Staff actor = currentStaff.get();
        background.run(() -> imports.undo(batchId, actor.id()), b -> {
            message.set(new Msg("import.undo.done", b.fileName()));
            ImportResult r = result.get();
            if (r != null && r.batchId() != null && r.batchId() == batchId) {
                thisUndone.set(true);
            }
            load();
        }, failed("import.error.undoFailed"));
    }

    private void failed(Exception e) {
        failed("import.error.failed").accept(e);
    }

    /** What to say when work fails: a refusal or an unreadable file as such, anything else as {@code otherwise}. */
    private Consumer<Exception> failed(String otherwise) {
        return e -> {
            if (e instanceof ValidationException v) {
                dialogs.showError(new Msg("import.title"), Msg.of(v));
            } else if (e instanceof SheetFiles.Unreadable u) {
                dialogs.showError(new Msg("import.title"), new Msg("import.error.unreadable", u.getMessage()));
            } else {
                dialogs.showError(new Msg("import.title"), new Msg(otherwise));
            }
        };
    }

    private static String columnLetter(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : columnLetter(c / 26 - 1) + (char) ('A' + c % 26);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    public ObjectProperty<Mapping> mappingProperty() {
        return mapping;
    }

    public ObjectProperty<RegisterKind> kindProperty() {
        return kind;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<Line> preview() {
        return preview;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    public BooleanProperty thisUndoneProperty() {
        return thisUndone;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ObjectProperty<Msg> messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** True while the preview is being read again after a change of the mapping or the register. */
    public BooleanProperty readingProperty() {
        return reading;
    }
}
