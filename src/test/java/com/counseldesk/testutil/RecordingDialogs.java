package com.counseldesk.testutil;

import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/** A dialog service that remembers what it was asked to show instead of showing it. */
public final class RecordingDialogs implements DialogService {
    /** One error dialog: its title and its message. */
    public record Shown(Msg title, Msg message) {
    }

    private final List<Shown> shown = new ArrayList<>();

    @Override
    public void showError(Msg title, Msg message) {
        shown.add(new Shown(title, message));
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
