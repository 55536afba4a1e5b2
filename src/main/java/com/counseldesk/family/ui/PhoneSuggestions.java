package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.HouseholdCard;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The households whose numbers start with what is typed (a {@link PhoneLookup}'s suggestions), under a
 * phone field: ↓/↑ highlight one while the cursor stays in the field, Enter takes it, Escape or typing
 * on lets go, a click takes one too. Taking a household puts its main number in the field, which then
 * finds it. The desk and the hotline's call form show the same list through this one piece.
 */
public final class PhoneSuggestions {
    /** The style of the suggestion that Enter would take. */
    private static final String HIGHLIGHTED = "highlighted";
    private final TextField phoneField;
    private final ObservableList<HouseholdCard> suggestions;
    private final I18n i18n;
    private final VBox box = new VBox(0);
    /** Which suggestion ↓/↑ highlighted; -1 for none. */
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);

    /** {@code id} names the list's box (a page object finds it by it). */
    public PhoneSuggestions(TextField phoneField, ObservableList<HouseholdCard> suggestions, String id, I18n i18n) {
        this.phoneField = phoneField;
        this.suggestions = suggestions;
        this.i18n = i18n;
        box.setId(id);
        box.visibleProperty().bind(Bindings.isNotEmpty(suggestions));
        box.managedProperty().bind(box.visibleProperty());
        suggestions.addListener((ListChangeListener<HouseholdCard>) c -> {
            highlighted.set(-1);
            box.getChildren().setAll(suggestions.stream().map(this::suggestion).toList());
        });
        phoneField.textProperty().addListener((o, a, b) -> highlighted.set(-1));
        phoneField.focusedProperty().addListener((o, was, is) -> highlighted.set(-1));
        highlighted.addListener((o, a, index) -> {
            for (int i = 0; i < box.getChildren().size(); i++) {
                List<String> style = box.getChildren().get(i).getStyleClass();
                style.remove(HIGHLIGHTED);
                if (i == index.intValue()) {
                    style.add(HIGHLIGHTED);
                }
            }
        });
    }

    /** The list, to be placed under the phone field. */
    public Node box() {
        return box;
    }

    /** Gives the list its keys in the phone field, before the area's own (Enter there saves otherwise). */
    public Keys keys(Keys area) {
        return area.onEach(List.of(Keys.DOWN, Keys.UP, Keys.ESCAPE, Keys.ENTER), "keys.phoneSuggestion",
                e -> e.getTarget() == phoneField && isSuggestionKey(e.getCode()), e -> suggestionKey(e.getCode()));
    }

    /**
     * Whether the key is one of the list's now: ↓ while there are suggestions; ↑ and Escape while one is
     * highlighted (↑ from the first leaves the list); Enter on a highlighted one (else it saves).
     */
    private boolean isSuggestionKey(KeyCode key) {
        int size = suggestions.size();
        int at = highlighted.get();
        return switch (key) {
            case DOWN -> size > 0;
            case UP, ESCAPE -> at >= 0;
            case ENTER -> at >= 0 && at < size;
            default -> false;
        };
    }

    /** Does what {@link #isSuggestionKey} said the key does. */
    private void suggestionKey(KeyCode key) {
        int at = highlighted.get();
        switch (key) {
            case DOWN -> highlighted.set(Math.min(at + 1, suggestions.size() - 1));
            case UP -> highlighted.set(at - 1);
            case ESCAPE -> highlighted.set(-1);
            case ENTER -> pick(suggestions.get(at));
            default -> { }
        }
    }

    private Node suggestion(HouseholdCard card) {
        Hyperlink link = new Hyperlink(HouseholdText.mainPhone(card) + "  " + card.studentNames()
                + "  · " + HouseholdText.owner(card, i18n));
        link.getStyleClass().add("suggestion");
        link.setFocusTraversable(false);
        link.setOnAction(e -> pick(card));
        return link;
    }

    /** Takes a suggested household: its number goes into the field; the cursor stays at its end. */
    private void pick(HouseholdCard card) {
        if (card.mainPhone() != null) {
            phoneField.setText(card.mainPhone().phone().display());
        }
        phoneField.requestFocus();
        phoneField.end();
    }
}
