package com.counseldesk.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.consult.Brought;
import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.FollowUpResult;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.WhoWants;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.EventAction;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PaymentKind;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.TurnKind;
import com.counseldesk.office.Role;
import com.counseldesk.report.Figure;
import com.counseldesk.report.importing.Field;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.walkin.VisitStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleTest {
    private static final String CHINESE = "i18n/messages.properties";
    private static final String ENGLISH = "i18n/messages_en.properties";
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Gender.class, Grade.class, Relation.class,
            Role.class, Channel.class, VisitStatus.class, Stage.class, Intent.class, ClientType.class,
            ConsultStep.class, NoteState.class, Subject.class, WhoWants.class, Brought.class, FollowUpResult.class,
            CallKind.class, CallOutcome.class, BringItem.class, AppointmentStatus.class, TurnKind.class, CourseKind.class,
            PriceKind.class, DiscountKind.class, PayMethod.class, PaymentKind.class, EventAction.class,
            ContractStatus.class, Field.class, RegisterKind.class, Figure.class);
    /** Enums whose constants have texts besides their label, under {@code <label key>.<part>}. */
    private static final Map<Class<? extends Enum<?>>, List<String>> TEXTS = Map.of(ClientType.class,
            List.of("signs", "mistakes", "strategy"), Figure.class, List.of("def"));
    /** A string literal in the sources that looks like a message key of one of the UI's groups. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:error|walkin|today|family|timeline|visitEdit|dialog|search|firstRun|login|main|tab|app|db\\.error|dbChoice|dbSettings|keys"
            + "|consult|note|talkTrack|followUp|start|hotline|contract|import|report|dashboard|export)\\."
            + "[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** A key prefix the code completes at run time: {@code "walkin." + name}. */
    private static final Pattern PREFIX_LITERAL = Pattern.compile("\"([A-Za-z]+\\.)\"\\s*\\+");
    /** A key at the start of a line of a bundle. */
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_.]*)\\s*=");
    /** A single quote that is not part of a doubled '' (MessageFormat would swallow it). */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = load(CHINESE).stringPropertyNames();
        Set<String> english = load(ENGLISH).stringPropertyNames();

        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);

        assertEquals(Set.of(), onlyChinese, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in Chinese");
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void everyValueIsAValidMessageFormatWithoutALoneQuote(String resource) throws IOException {
        Properties p = load(resource);
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key);
            if (value.isBlank()) {
                wrong.add(key + " is empty");
            }
            if (LONE_QUOTE.matcher(value).find()) {
                wrong.add(key + " has a lone ' (write '')");
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBundlesAreReadAsUtf8() {
        assertEquals("必填", new I18n(I18n.CHINESE).t("error.required"));
        assertEquals("Returning client's visit registered, owner 李明",
                new I18n(I18n.ENGLISH).t("walkin.saved.returning", "李明"));
        assertEquals("Today's visitors (3)", new I18n(I18n.ENGLISH).t("today.title", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void everyEnumConstantHasALabel(String resource) throws IOException {
        Properties p = load(resource);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + "." + constant.name();
                if (!p.containsKey(key)) {
                    missing.add(key);
                }
                for (String part : TEXTS.getOrDefault(type, List.of())) {
                    if (!p.containsKey(key + "." + part)) {
                        missing.add(key + "." + part);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void labelsAreLookedUpUnderTheKeysChecked() {
        assertEquals("邀约上访", new I18n(I18n.CHINESE).label(Channel.INVITED));
        assertEquals("Left", new I18n(I18n.ENGLISH).label(VisitStatus.LEFT));
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void everyDatabaseRefusalHasAMessageNamingTheFile(String resource) throws IOException {
        Properties p = load(resource);
        for (DatabaseException.Reason reason : DatabaseException.Reason.values()) {
            String pattern = p.getProperty("db.error." + reason.name());
            assertTrue(pattern != null, "db.error." + reason.name());
            String text = new MessageFormat(pattern).format(new Object[] {"office.db"});
            assertTrue(text.contains("office.db"), reason + ": " + text);
        }
    }

    @Test
    void everyKeyNamedInTheSourcesExists() throws IOException {
        Set<String> chinese = load(CHINESE).stringPropertyNames();
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> used = keysInSources(Path.of("src", "main", "java"));

        assertTrue(used.size() > 50, "the scan finds the keys: " + used);
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!chinese.contains(key) || !english.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void noKeyIsObsolete(String resource) throws IOException {
        Path sources = Path.of("src", "main", "java");
        String code = allSources(sources);
        // A key the code completes at run time ("walkin." + name) counts when the rest is a literal.
        Set<String> prefixes = new TreeSet<>();
        Matcher concatenated = PREFIX_LITERAL.matcher(code);
        while (concatenated.find()) {
            prefixes.add(concatenated.group(1));
        }
        Set<String> labels = new TreeSet<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            for (Enum<?> constant : type.getEnumConstants()) {
                labels.add(prefix + "." + constant.name());
                TEXTS.getOrDefault(type, List.of()).forEach(part -> labels.add(prefix + "." + constant.name() + "." + part));
            }
        }
        for (DatabaseException.Reason reason : DatabaseException.Reason.values()) {
            labels.add("db.error." + reason.name());
        }

        Set<String> obsolete = new TreeSet<>();
        for (String key : load(resource).stringPropertyNames()) {
            boolean completedAtRunTime = prefixes.stream()
                    .anyMatch(p -> key.startsWith(p) && code.contains("\"" + key.substring(p.length()) + "\""));
            if (!code.contains("\"" + key + "\"") && !labels.contains(key) && !completedAtRunTime) {
                obsolete.add(key);
            }
        }
        assertEquals(Set.of(), obsolete, "keys no code uses");
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void noKeyIsWrittenTwice(String resource) throws IOException {
        List<String> lines;
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : lines) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.find() && !seen.add(m.group(1))) {
                twice.add(m.group(1));
            }
        }
        assertEquals(Set.of(), twice);
    }

    private static String allSources(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> keysInSources(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
