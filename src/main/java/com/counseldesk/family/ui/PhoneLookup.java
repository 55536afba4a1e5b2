package com.counseldesk.family.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finds the household while a phone number is typed: suggestions after four digits, the household
 * once the number is complete. The desk and the hotline use this one piece. Answers that arrive
 * after the text changed again are dropped.
 */
public final class PhoneLookup {
    private final FamilyService families;
    private final Background background;
    private final ObservableList<HouseholdCard> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<HouseholdCard> found = new SimpleObjectProperty<>();
    private String current = "";

    public PhoneLookup(FamilyService families, Background background) {
        this.families = families;
        this.background = background;
    }

    /** Looks up what is in the phone field now. */
    public void typed(String text) {
        String typed = text == null ? "" : text;
        current = typed;
        if (Phone.isComplete(typed)) {
            Phone p = Phone.parse(typed);
            suggestions.clear();
            background.run(() -> families.findByPhone(p), card -> {
                if (Objects.equals(current, typed)) {
                    found.set(card.orElse(null));
                }
            }, e -> found.set(null));
            return;
        }
        found.set(null);
        background.run(() -> families.suggest(typed), cards -> {
            if (Objects.equals(current, typed)) {
                suggestions.setAll(cards);
            }
        }, e -> suggestions.clear());
    }

    /** Reads the found household again (after a save changed it). */
    public void refresh() {
        HouseholdCard card = found.get();
        if (card != null) {
            long id = card.id();
            background.run(() -> families.card(id), c -> {
                if (found.get() != null && found.get().id() == id) {
                    found.set(c.orElse(null));
                }
            }, e -> { });
        }
    }

    public void clear() {
        current = "";
        suggestions.clear();
        found.set(null);
    }

    public ObservableList<HouseholdCard> suggestions() {
        return suggestions;
    }

    public ReadOnlyObjectProperty<HouseholdCard> foundProperty() {
        return found;
    }
}
