package com.counseldesk.consult;

import java.util.Map;

/**
 * The talk tracks for one client type: its own text (null when the office wrote none: the screens
 * then show the type's coping strategy, in the language in use for a built-in type) and a text for
 * each step where the office wrote one.
 */
public record TypeTracks(ClientTag type, String general, Map<ConsultStep, String> steps) {
    public TypeTracks {
        steps = Map.copyOf(steps);
    }

    /** The type's text for a step, or "" when there is none. */
    public String step(ConsultStep step) {
        return steps.getOrDefault(step, "");
    }
}
