package com.counseldesk.common.fx;

import com.counseldesk.common.ListSheet;
import com.counseldesk.common.Progress;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How a screen exports a file (the monthly workbook, a list to .xlsx), for its view model: ask where
 * to save (proposing a name, in the folder of the last export), write on a thread of its own with a
 * progress bar and a way to cancel ({@link Background#track}), then say where it went and open its
 * folder when asked. The screen stays usable meanwhile; the writer leaves no half-written file. No
 * JavaFX nodes: {@link ExportBar} shows it.
 */
public final class FileExport {
    /** Writes the file at {@code out} (on the export's thread), reporting to {@code progress}; returns where it went. */
    @FunctionalInterface
    public interface Work {
        Path write(Path out, Progress progress);
    }

    private final Background background;
    private final DialogService dialogs;
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    /** 0 to 1, or -1 while the size of the work is not known yet. */
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
    private Background.Job job;
    private Path folder;

    public FileExport(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
    }

    /**
     * Asks where to save ({@code title} on the chooser, {@code suggested} proposed), then runs
     * {@code work} with {@code reading} as the first word of the status; nothing happens when no file
     * is chosen, or while an export runs.
     */
    public void start(Msg title, String suggested, Msg reading, Work work) {
        if (exporting.get()) {
            return;
        }
        dialogs.saveFile(title, suggested, folder, "xlsx").ifPresent(out -> {
            folder = out.toAbsolutePath().getParent();
            exporting.set(true);
            exported.set(null);
            progress.set(-1);
            status.set(reading);
            Background.Job started = background.track(p -> work.write(out, p), this::progressed,
                    file -> finish(new Msg("export.done", file.getFileName().toString()), file),
                    e -> {
                        finish(new Msg("export.failed"), null);
                        dialogs.showError(new Msg("export.failed.title"), new Msg("export.failed.why",
                                out.getFileName().toString(), String.valueOf(e.getMessage())));
                    },
                    () -> finish(new Msg("export.cancelled"), null));
            job = exporting.get() ? started : null;
        });
    }

    /** Exports a list: asks where to save, then writes {@code sheet} with {@code writer}. */
    public void start(Msg title, String suggested, ListSheet sheet, ListSheet.Writer writer) {
        start(title, suggested, new Msg("export.reading"), (out, p) -> writer.write(sheet, out, p));
    }

    /**
     * The line above a list's header that says which filters made it, in {@code i18n}'s language:
     * "筛选：2026-11 · 李明 · 只看欠费", or that there were none. Blank parts are left out.
     */
    public static String filterLine(I18n i18n, List<String> parts) {
        List<String> set = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
        return set.isEmpty() ? i18n.t("export.filters.none")
                : i18n.t("export.filters", String.join(i18n.t("export.filters.separator"), set));
    }

    private void progressed(long done, long total) {
        if (!exporting.get()) {
            return;
        }
        if (total <= 0) {
            progress.set(-1);
            return;
        }
        progress.set(Math.min(1.0, (double) done / total));
        status.set(new Msg("export.progress", Math.min(done, total), total));
    }

    private void finish(Msg message, Path file) {
        job = null;
        exporting.set(false);
        progress.set(file == null ? 0 : 1);
        status.set(message);
        exported.set(file);
    }

    /** Stops the export under way; the file it was writing is not left behind. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            status.set(new Msg("export.cancelling"));
        }
    }

    /** Opens the folder of the file just written. */
    public void openFolder() {
        Path file = exported.get();
        if (file != null) {
            dialogs.openFolder(file.toAbsolutePath().getParent());
        }
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the export says: reading, how far, saved where, cancelled, failed; null before the first. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    /** The file last written (its folder can be opened), or null. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported;
    }
}
