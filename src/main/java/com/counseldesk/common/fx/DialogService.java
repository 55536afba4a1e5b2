package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.Msg;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog goes through here, so that view models can be tested with a stand-in. */
public interface DialogService {
    void showError(Msg title, Msg message);

    /** Asks before an action the person may not have meant (removing a phone); true when they confirm. */
    boolean confirm(Msg title, Msg message);

    /** Asks for a file to open, of one of these extensions ("xlsx"); empty when the person cancels. */
    default Optional<Path> chooseFileToOpen(Msg title, List<String> extensions) {
        return Optional.empty();
    }

    /**
     * Asks where to save a file, proposing {@code suggested} (a name, in {@code folder} when it is
     * not null); empty when the person closed the chooser.
     */
    default Optional<Path> saveFile(Msg title, String suggested, Path folder, String extension) {
        return Optional.empty();
    }

    /** Shows a folder in the system's file manager (after an export: where the file went). */
    default void openFolder(Path folder) {
    }
}
