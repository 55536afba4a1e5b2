package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts, in the user's language. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Window owner;
    private final Supplier<I18n> i18n;

    public FxDialogService(Window owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(Msg title, Msg message) {
        error(owner, i18n.get().t(title), i18n.get().t(message));
    }

    @Override
    public boolean confirm(Msg title, Msg message) {
        I18n words = i18n.get();
        ButtonType yes = new ButtonType(words.t("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(words.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(words.t(title));
        alert.setHeaderText(words.t(title));
        Label text = new Label(words.t(message));
        text.setWrapText(true);
        text.setId("dialogMessage");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(480);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(yes).setId("confirmButton");
        alert.getDialogPane().lookupButton(no).setId("cancelButton");
        Fonts.apply(alert.getDialogPane());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Msg title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get().t(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                extensions.stream().map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> saveFile(Msg title, String suggested, Path folder, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get().t(title));
        chooser.setInitialFileName(suggested);
        // The folder of the last file saved, else the person's home (not wherever the app was started from).
        Path start = folder != null ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        return Optional.of(path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(path.getFileName() + "." + extension));
    }

    /** The system's own file manager, started off the UI thread; a failure is logged (the path is on screen). */
    @Override
    public void openFolder(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String command = os.contains("win") ? "explorer.exe" : os.contains("mac") ? "open" : "xdg-open";
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder(command, folder.toAbsolutePath().toString()).inheritIO().start();
            } catch (IOException e) {
                LOG.warn("Could not open the folder {} with {}", folder, command, e);
            }
        }, "open folder");
        t.setDaemon(true);
        t.start();
    }

    /** An error alert that waits for the user; usable before any window exists. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("dialogMessage");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        Fonts.apply(alert.getDialogPane());
        alert.showAndWait();
    }
}
