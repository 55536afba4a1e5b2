package com.counseldesk.consult;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The talk tracks every office starts with, one per step (from the office's training material on the
 * ten steps), kept in {@code consult/talk-tracks.properties}. The library shows them until a manager
 * writes the office's own; they are the office's words, shown as written in either language.
 */
final class SeedTalkTracks {
    private static final String RESOURCE = "/consult/talk-tracks.properties";
    private static final Map<ConsultStep, String> TEXTS = load();

    private SeedTalkTracks() {
    }

    static String text(ConsultStep step) {
        return TEXTS.get(step);
    }

    private static Map<ConsultStep, String> load() {
        Properties p = new Properties();
        try (InputStream in = SeedTalkTracks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ConsultStep, String> out = new EnumMap<>(ConsultStep.class);
        for (ConsultStep step : ConsultStep.values()) {
            String text = p.getProperty("step." + step.number());
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no text for step " + step.number());
            }
            out.put(step, text);
        }
        return out;
    }
}
