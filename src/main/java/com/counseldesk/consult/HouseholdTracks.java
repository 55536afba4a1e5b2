package com.counseldesk.consult;

import java.util.List;
import java.util.Map;

/** What a note's checklist shows: the office's text for each step, and the tracks of the household's client types. */
public record HouseholdTracks(Map<ConsultStep, String> steps, List<TypeTracks> types) {
    public HouseholdTracks {
        steps = Map.copyOf(steps);
        types = List.copyOf(types);
    }

    public String step(ConsultStep step) {
        return steps.getOrDefault(step, "");
    }
}
