package com.counseldesk.consult.ui;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.HouseholdTracks;
import com.counseldesk.consult.TypeTracks;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The ten steps as a checklist ticked as the session goes (Space ticks the step with the cursor), each
 * with the office's talk track for it and, when the family carries client-type tags, that type's
 * track for the step; each type's own track (or its coping strategy) above the list.
 */
final class NoteStepsView {
    private final NoteViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(4);
    private final VBox typeTracks = new VBox(2);
    private final VBox[] stepTracks = new VBox[ConsultStep.values().length];
    /** Held here so that the view model's property keeps only a weak reference to this view. */
    private final ChangeListener<HouseholdTracks> tracksChanged = (o, a, b) -> showTracks(b);

    NoteStepsView(NoteViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("noteSteps");
        typeTracks.setId("typeTracks");
        root.getChildren().addAll(NoteView.section("noteStepsTitle", i18n.t("note.steps")), typeTracks);
        for (ConsultStep step : ConsultStep.values()) {
            CheckBox box = new CheckBox(i18n.t("note.step", step.number(), i18n.label(step)));
            box.setId("step-" + step.number());
            box.getStyleClass().add("note-step");
            box.selectedProperty().bindBidirectional(vm.step(step));
            box.disableProperty().bind(vm.editableProperty().not());
            NoteView.saveOnLeave(vm, box);
            VBox tracks = new VBox(2);
            tracks.setPadding(new Insets(0, 0, 4, 26));
            stepTracks[step.ordinal()] = tracks;
            // One box per step: the cursor on its tick brings the step with its talk tracks into sight.
            root.getChildren().add(new VBox(box, tracks));
        }
        root.getProperties().put(NoteStepsView.class, this);
        vm.tracksProperty().addListener(new WeakChangeListener<>(tracksChanged));
        showTracks(vm.tracksProperty().get());
    }

    Node root() {
        return root;
    }

    private void showTracks(HouseholdTracks tracks) {
        typeTracks.getChildren().clear();
        for (VBox box : stepTracks) {
            box.getChildren().clear();
        }
        if (tracks == null) {
            return;
        }
        for (TypeTracks type : tracks.types()) {
            String general = type.general() != null ? type.general() : TagText.strategy(type.type(), i18n);
            if (general != null && !general.isEmpty()) {
                typeTracks.getChildren().add(track("typeTrack-" + type.type().id(),
                        i18n.t("note.typeTrack", TagText.name(type.type(), i18n), general), "type-track"));
            }
        }
        for (ConsultStep step : ConsultStep.values()) {
            VBox box = stepTracks[step.ordinal()];
            String text = tracks.step(step);
            if (!text.isEmpty()) {
                box.getChildren().add(track("step-" + step.number() + "-track", text, "talk-track"));
            }
            for (TypeTracks type : tracks.types()) {
                if (!type.step(step).isEmpty()) {
                    box.getChildren().add(track("step-" + step.number() + "-type-" + type.type().id(),
                            i18n.t("note.typeTrack", TagText.name(type.type(), i18n), type.step(step)), "type-track"));
                }
            }
        }
    }

    private static Label track(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
