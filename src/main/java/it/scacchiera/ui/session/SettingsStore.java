package it.scacchiera.ui.session;

import it.scacchiera.ui.plan.SolveSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The window's settings in {@code settings.properties} of the user's data folder (injected, so tests use
 * a temporary one). A value that does not parse (an edited or older file) falls back to its first-run
 * value alone; the others are kept.
 */
public final class SettingsStore {
    private static final String SEPARATOR = "\n";

    private final Path file;

    public SettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve("settings.properties");
    }

    public UserSettings load() throws IOException {
        if (!Files.exists(file)) {
            return UserSettings.FIRST_RUN;
        }
        Properties p = PropertiesFile.read(file);
        UserSettings d = UserSettings.FIRST_RUN;
        SolveSettings solve = value(
                p,
                "solve",
                text -> {
                    String[] parts = text.split("\\|", 3);
                    return new SolveSettings(
                            Duration.ofMillis(Long.parseLong(parts[0])),
                            parts[2].isEmpty() ? Set.of() : Set.of(parts[2].split(SEPARATOR)),
                            Integer.parseInt(parts[1]));
                },
                d.solve());
        return new UserSettings(
                value(p, "weekStart", LocalDate::parse, d.weekStart()),
                value(p, "weeks", text -> positive(Integer.parseInt(text)), d.weeks()),
                value(p, "day", LocalDate::parse, d.day()),
                value(p, "shift", text -> text, d.shift()),
                value(p, "language", Locale::forLanguageTag, d.locale()),
                solve,
                value(p, "width", text -> positive(Double.parseDouble(text)), d.width()),
                value(p, "height", text -> positive(Double.parseDouble(text)), d.height()),
                value(p, "site", Path::of, d.site()),
                value(p, "cleanExit", Instant::parse, d.cleanExit()));
    }

    public void save(UserSettings settings) throws IOException {
        var p = new Properties();
        put(p, "weekStart", settings.weekStart());
        put(p, "weeks", settings.weeks());
        put(p, "day", settings.day());
        put(p, "shift", settings.shift());
        put(p, "language", settings.locale() == null ? null : settings.locale().toLanguageTag());
        SolveSettings solve = settings.solve();
        put(
                p,
                "solve",
                solve.timeLimit().toMillis() + "|" + solve.sanitizeMinutes() + "|"
                        + solve.remoteEmployers().stream().sorted().collect(Collectors.joining(SEPARATOR)));
        put(p, "width", settings.width());
        put(p, "height", settings.height());
        put(p, "site", settings.site());
        put(p, "cleanExit", settings.cleanExit());
        PropertiesFile.write(file, p);
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static <T> T value(Properties p, String key, Function<String, T> parse, T fallback) {
        String text = p.getProperty(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return fallback; // a hand-edited value: the first-run value is the documented answer
        }
    }

    private static <N extends Number> N positive(N n) {
        if (n.doubleValue() <= 0 || Double.isNaN(n.doubleValue())) {
            throw new IllegalArgumentException("must be > 0");
        }
        return n;
    }
}
