package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers, checked on the sources: domain depends on nothing, store and service know no UI. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "com", "counseldesk");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    /** A fully qualified name written in the code instead of imported. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:javafx|java\\.sql|org\\.jdbi|com\\.counseldesk)"
            + "\\.[\\w.]+)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Every name the sources of a package refer to: imports and qualified names, with the file they are in. */
    private static List<String> references(String layer) throws IOException {
        Path dir = MAIN.resolve(layer);
        List<String> refs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher imports = IMPORT.matcher(code);
                while (imports.find()) {
                    refs.add(imports.group(1) + "  (" + file.getFileName() + ")");
                }
                Matcher qualified = QUALIFIED.matcher(code.replaceAll("(?m)^(package|import) .*$", ""));
                while (qualified.find()) {
                    refs.add(qualified.group(1) + "  (" + file.getFileName() + ")");
                }
            }
        }
        assertFalse(refs.isEmpty(), "found the sources of " + layer);
        return refs;
    }

    private static List<String> matching(List<String> refs, String... prefixes) {
        return refs.stream().filter(r -> Stream.of(prefixes).anyMatch(r::startsWith)).toList();
    }

    @Test
    void theDomainDependsOnNothingOfOurs() throws IOException {
        List<String> refs = references("domain");

        List<String> ours = refs.stream().filter(r -> r.startsWith("com.counseldesk.")
                && !r.startsWith("com.counseldesk.domain.")).toList();
        assertEquals(List.of(), ours);
        assertEquals(List.of(), matching(refs, "javafx.", "java.sql.", "org.jdbi."));
    }

    @Test
    void serviceAndStoreKnowNoJavaFx() throws IOException {
        assertEquals(List.of(), matching(references("service"), "javafx."));
        assertEquals(List.of(), matching(references("store"), "javafx."));
    }

    @Test
    void theStoreKnowsNoServiceOrUi() throws IOException {
        assertEquals(List.of(), matching(references("store"), "com.counseldesk.service.", "com.counseldesk.ui.",
                "com.counseldesk.app."));
    }

    @Test
    void theCheckSeesWhatItLooksFor() throws IOException {
        // Guards the scan itself: known dependencies must show up.
        List<String> store = references("store");
        List<String> ui = references("ui");

        assertFalse(matching(store, "org.jdbi.").isEmpty());
        assertFalse(matching(store, "com.counseldesk.domain.").isEmpty());
        assertFalse(matching(ui, "javafx.").isEmpty());
        assertFalse(matching(ui, "javafx.geometry.VPos").isEmpty(), "qualified names in code are seen");
    }
}
