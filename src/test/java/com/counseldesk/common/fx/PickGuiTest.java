package com.counseldesk.common.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.testutil.Fx;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A list's filter box whose choices arrive after it is shown (the counselors and courses are read in
 * the background) goes on showing what was chosen, "any" at first.
 */
class PickGuiTest {
    private final ObservableList<Pick<String>> choices = FXCollections.observableArrayList(Pick.withAny(List.of()));
    private final ObjectProperty<Pick<String>> chosen = new SimpleObjectProperty<>(new Pick<>(null));
    private ComboBox<Pick<String>> box;

    @BeforeEach
    void showBox() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            box = Forms.combo("filter", choices, p -> p.value() == null ? "全部咨询师" : p.value());
            box.setItems(choices);
            box.valueProperty().bindBidirectional(chosen);
            stage.setScene(new Scene(new StackPane(box), 300, 100));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theChoicesArriveAndTheBoxStillSaysAny() {
        Fx.get(() -> {
            Pick.refill(choices, chosen, List.of("李明", "张伟"));
            return null;
        });
        assertEquals(3, Fx.get(() -> box.getItems().size()));
        assertEquals(new Pick<String>(null), chosen.get());
        assertEquals("全部咨询师", Fx.get(() -> box.getButtonCell().getText()));
    }

    @Test
    void aChosenCounselorStaysChosenWhenTheChoicesAreReadAgainAndAnyWhenGone() {
        Fx.get(() -> {
            Pick.refill(choices, chosen, List.of("李明", "张伟"));
            box.getSelectionModel().select(2);
            Pick.refill(choices, chosen, List.of("李明", "张伟", "刘洋"));
            return null;
        });
        assertEquals("张伟", Fx.get(() -> box.getButtonCell().getText()));
        Fx.get(() -> {
            Pick.refill(choices, chosen, List.of("李明"));
            return null;
        });
        assertEquals(new Pick<String>(null), chosen.get());
        assertEquals("全部咨询师", Fx.get(() -> box.getButtonCell().getText()));
    }
}
