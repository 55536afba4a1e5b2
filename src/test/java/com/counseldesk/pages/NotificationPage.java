package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The desktop notifications on screen (ControlsFX's, over the main window), each as its title and text. */
public final class NotificationPage extends Page {
    public NotificationPage(FxRobot robot) {
        super(robot);
    }

    /** Each notification showing: "title: text", oldest first. */
    public List<String> shown() {
        return Fx.get(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                    collect(w.getScene().getRoot(), out);
                }
            }
            return out;
        });
    }

    private static void collect(Node node, List<String> out) {
        if (node.getStyleClass().contains("notification-bar")) {
            List<String> labels = new ArrayList<>();
            labels(node, labels);
            out.add(String.join(": ", labels));
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void labels(Node node, List<String> out) {
        if (node instanceof Label l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> labels(c, out));
        }
    }
}
