package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;

/** A message the app shows in a window of its own (an error, say), read and closed with its OK. */
public final class MessagePage extends Page {
    private static final String MESSAGE = "dialogMessage";

    public MessagePage(FxRobot robot) {
        super(robot);
        node(MESSAGE);
    }

    /** What the message says. */
    public String message() {
        return text(MESSAGE);
    }

    /** The message's heading. */
    public String title() {
        DialogPane pane = pane();
        return Fx.get(pane::getHeaderText);
    }

    /** Clicks OK; the message closes. */
    public void close() {
        DialogPane pane = pane();
        clickOn(Fx.get(() -> pane.lookupButton(ButtonType.OK)));
        Wait.until("the message to close", () -> !isShown(MESSAGE));
    }

    private DialogPane pane() {
        Node message = node(MESSAGE);
        return Fx.get(() -> {
            for (Node n = message; n != null; n = n.getParent()) {
                if (n instanceof DialogPane pane) {
                    return pane;
                }
            }
            throw new AssertionError("The message is not in a dialog");
        });
    }
}
