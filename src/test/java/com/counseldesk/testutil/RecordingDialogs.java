package com.counseldesk.testutil;

import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dialog service that remembers what it was asked to show instead of showing it. Questions are
 * answered yes unless told otherwise ({@link #answer}).
 */
public final class RecordingDialogs implements DialogService {
    /** One error dialog: its title and its message. */
    public record Shown(Msg title, Msg message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final List<Shown> asked = new ArrayList<>();
    private boolean answer = true;
    private Path saveAs;
    private final List<String> suggested = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @Override
    public void showError(Msg title, Msg message) {
        shown.add(new Shown(title, message));
    }

    @Override
    public boolean confirm(Msg title, Msg message) {
        asked.add(new Shown(title, message));
        return answer;
    }

    private Path chosenFile;

    /** The file the next file choosers answer with (null: the person cancels). */
    public RecordingDialogs chooseFile(Path file) {
        this.chosenFile = file;
        return this;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Msg title, List<String> extensions) {
        asked.add(new Shown(title, new Msg(String.join(",", extensions))));
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public Optional<Path> saveFile(Msg title, String suggestedName, Path folder, String extension) {
        suggested.add(suggestedName);
        return Optional.ofNullable(saveAs);
    }

    @Override
    public void openFolder(Path folder) {
        opened.add(folder);
    }

    /** Where the next file choosers save (null: the person closes them). */
    public RecordingDialogs saveAs(Path file) {
        this.saveAs = file;
        return this;
    }

    /** The names the file choosers proposed. */
    public List<String> suggested() {
        return List.copyOf(suggested);
    }

    /** The folders shown in the file manager. */
    public List<Path> openedFolders() {
        return List.copyOf(opened);
    }

    /** How the next questions are answered. */
    public RecordingDialogs answer(boolean yes) {
        this.answer = yes;
        return this;
    }

    /** The questions asked so far. */
    public List<Shown> asked() {
        return List.copyOf(asked);
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The only dialog shown; fails when there was none or more than one. */
    public Shown single() {
        if (shown.size() != 1) {
            throw new AssertionError("Expected one dialog, got " + shown);
        }
        return shown.get(0);
    }
}
