package com.counseldesk.consult;

import java.util.EnumMap;
import java.util.Map;

/**
 * One page of the talk-track library as a manager edits it: the ten steps' texts, for every session
 * ({@code typeId} null) or for one client type, with that type's own text ({@code general}; unused
 * for every session). An empty text is a step with nothing to say (for every session: the office
 * cleared the text it started with).
 */
public record LibraryPage(Long typeId, String general, Map<ConsultStep, String> steps) {
    public static final String FIELD = "talkTrack";

    public LibraryPage {
        general = typeId == null ? "" : NoteContent.freeText(FIELD, general);
        Map<ConsultStep, String> s = new EnumMap<>(ConsultStep.class);
        for (ConsultStep step : ConsultStep.values()) {
            s.put(step, NoteContent.freeText(FIELD + "." + step.number(), steps == null ? null : steps.get(step)));
        }
        steps = Map.copyOf(s);
    }

    public String step(ConsultStep step) {
        return steps.get(step);
    }
}
