package com.counseldesk.consult.ui;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ClientTag;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A client type's card (应对策略): its name in its colour, its signs (客户特征), the mistakes
 * counselors make with it and the coping strategy; a part the tag does not have is left out. Ids
 * start with {@code consultStrategy-<tag id>}.
 */
final class StrategyCard {
    private StrategyCard() {
    }

    static Node of(ClientTag tag, I18n i18n) {
        String id = "consultStrategy-" + tag.id();
        Label name = new Label(i18n.t("consult.card.title", TagText.name(tag, i18n)));
        name.setId(id + "-title");
        name.getStyleClass().addAll("tag-chip", "title-4");
        name.setStyle(TagText.chipStyle(tag.colour()));
        VBox card = new VBox(4, name);
        card.setId(id);
        card.getStyleClass().add("strategy-card");
        section(card, id + "-signs", "consult.card.signs", TagText.signs(tag, i18n), i18n);
        section(card, id + "-mistakes", "consult.card.mistakes", TagText.mistakes(tag, i18n), i18n);
        section(card, id + "-strategy", "consult.card.strategy", TagText.strategy(tag, i18n), i18n);
        return card;
    }

    private static void section(VBox card, String id, String headingKey, String text, I18n i18n) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label heading = new Label(i18n.t(headingKey));
        heading.getStyleClass().add("strategy-heading");
        Label body = new Label(text);
        body.setId(id);
        body.setWrapText(true);
        card.getChildren().addAll(heading, body);
    }
}
