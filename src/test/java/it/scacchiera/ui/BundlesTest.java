package it.scacchiera.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.Reason;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.why.WhyWording;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages, every key. The bundles are read as plain UTF-8 Properties: a ResourceBundle would
 * hide an Italian gap behind the English text.
 */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/it/scacchiera/ui");

    private static Set<String> keys(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> used(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bundles_englishAndItalian_haveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");

        Set<String> italian = keys("messages_it.properties");

        assertEquals(english, italian);
    }

    @Test
    void fxml_everyPercentKey_isInTheBundle() throws IOException {
        Set<String> used = used(RESOURCES, ".fxml", Pattern.compile("\"%([\\w.]+)\""));

        used.removeAll(keys("messages.properties"));

        assertTrue(used.isEmpty(), "missing in messages.properties: " + used);
    }

    /** Only the UI reads the bundle; elsewhere getString is JDBC's or a CSV record's, by column name. */
    @Test
    void java_everyGetStringLiteral_isInTheBundle() throws IOException {
        Set<String> used = used(
                Path.of("src/main/java/it/scacchiera/ui"),
                ".java",
                Pattern.compile("getString\\(\\s*\"([\\w.]+)\"\\s*\\)"));

        used.removeAll(keys("messages.properties"));

        assertTrue(used.isEmpty(), "missing in messages.properties: " + used);
    }

    /** Keys passed to Messages.format(bundle, "key", ...) are read through getString too. */
    @Test
    void java_everyMessagesFormatLiteral_isInTheBundle() throws IOException {
        Set<String> used = used(
                Path.of("src/main/java/it/scacchiera/ui"),
                ".java",
                Pattern.compile("Messages\\.format\\(\\s*[\\w.()]+,\\s*\"([\\w.]+)\""));

        used.removeAll(keys("messages.properties"));

        assertTrue(used.isEmpty(), "missing in messages.properties: " + used);
    }

    /** Rule names are built by OptaPlanner's asConstraint("..."); the why panel maps each to a key. */
    @Test
    void whyPanel_everyConstraintName_hasARuleKeyInBothBundles() throws IOException {
        Set<String> names = used(
                Path.of("src/main/java/it/scacchiera/planning"),
                "PlanConstraints.java",
                Pattern.compile("asConstraint\\(\"([^\"]+)\"\\)"));
        Set<String> english = keys("messages.properties");
        Set<String> italian = keys("messages_it.properties");

        Set<String> missing = new TreeSet<>();
        for (String name : names) {
            String key = WhyWording.ruleKey(name);
            if (!english.contains(key) || !italian.contains(key)) {
                missing.add(name + " -> " + key);
            }
        }

        assertTrue(names.size() >= 20, "constraint names found: " + names);
        assertTrue(missing.isEmpty(), "rule names without a key: " + missing);
    }

    @Test
    void whyPanel_everyReasonCode_hasAKeyInBothBundles() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> italian = keys("messages_it.properties");

        Set<String> missing = new TreeSet<>();
        for (Reason reason : Reason.values()) {
            String key = "why.reason." + reason.name();
            if (!english.contains(key) || !italian.contains(key)) {
                missing.add(key);
            }
        }

        assertTrue(missing.isEmpty(), "reasons without a key: " + missing);
    }

    /** Each language's sentence takes the arguments the planner gives it, and reads them as numbers where the English one does. */
    @Test
    void whyPanel_reasonPatterns_haveTheArgumentsOfTheEnglishSentence() throws IOException {
        for (String file : List.of("messages.properties", "messages_it.properties")) {
            var properties = new Properties();
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (Reason reason : Reason.values()) {
                var ours = new MessageFormat(properties.getProperty("why.reason." + reason.name()), Locale.ROOT);
                var planner = new MessageFormat(reason.english(), Locale.ROOT);

                assertEquals(
                        planner.getFormatsByArgumentIndex().length,
                        ours.getFormatsByArgumentIndex().length,
                        file + " " + reason);
            }
        }
    }

    @Test
    void java_everyEnumKeyPrefix_coversAllConstants() throws IOException {
        Set<String> keys = keys("messages.properties");

        for (var kind : it.scacchiera.floorplan.CellKind.values()) {
            assertTrue(keys.contains("kind." + kind.name()), kind.name());
        }
        for (var look : it.scacchiera.ui.floormap.DeskLook.values()) {
            assertTrue(keys.contains("look." + look.name()), look.name());
        }
        for (var warning : it.scacchiera.floorplan.FloorWarning.Kind.values()) {
            assertTrue(keys.contains("warning." + warning.name()), warning.name());
        }
    }

    @Test
    void load_english_doesNotFallBackToTheSystemLocale() {
        var italianSystem = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ITALY);
        try {
            var bundle = Bundles.load(Bundles.ENGLISH);

            assertEquals("Rooms", bundle.getString("tab.map"));
        } finally {
            java.util.Locale.setDefault(italianSystem);
        }
    }
}
