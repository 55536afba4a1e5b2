package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;

/**
 * The outcome of what a person just did, shown where the eye is (a screen's heading line) in a
 * coloured band: green when it worked, red when something needs fixing, neutral while it runs. A
 * label, never focusable, so the next key still goes where the person is typing.
 */
public final class Notice {
    /** How the outcome reads. */
    public enum Kind {
        INFO, SUCCESS, ERROR;

        /** The style class of the band: {@code notice-info}, {@code notice-success}, {@code notice-error}. */
        public String styleClass() {
            return "notice-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Notice() {
    }

    /** A band showing {@code message} in the colour of {@code kind}; it takes its room even when empty. */
    public static Label band(String id, ObservableValue<Msg> message, ObservableValue<Kind> kind, I18n i18n) {
        Label band = new Label();
        band.setId(id);
        band.setWrapText(true);
        band.setTextOverrun(OverrunStyle.ELLIPSIS);
        band.setAlignment(Pos.CENTER_LEFT);
        band.setFocusTraversable(false);
        band.setMaxWidth(Double.MAX_VALUE);
        band.getStyleClass().add("notice");
        band.textProperty().bind(message.map(i18n::t).orElse(""));
        Runnable style = () -> {
            band.getStyleClass().removeIf(c -> c.startsWith("notice-"));
            if (message.getValue() != null && kind.getValue() != null) {
                band.getStyleClass().add(kind.getValue().styleClass());
            }
        };
        message.addListener((o, a, b) -> style.run());
        kind.addListener((o, a, b) -> style.run());
        style.run();
        return band;
    }
}
