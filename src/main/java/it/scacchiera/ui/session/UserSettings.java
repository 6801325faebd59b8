package it.scacchiera.ui.session;

import it.scacchiera.ui.plan.SolveSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the window keeps between runs. {@code weekStart}, {@code day}, {@code shift}, {@code locale},
 * {@code site} and {@code cleanExit} are null when never chosen (first run); {@code cleanExit} is when
 * the app last closed normally, so a draft saved after it was left behind by a crash.
 */
public record UserSettings(
        LocalDate weekStart,
        int weeks,
        LocalDate day,
        String shift,
        Locale locale,
        SolveSettings solve,
        double width,
        double height,
        Path site,
        Instant cleanExit) {
    public static final UserSettings FIRST_RUN =
            new UserSettings(null, 1, null, null, null, SolveSettings.DEFAULT, 1280, 800, null, null);

    public UserSettings withCleanExit(Instant at) {
        return new UserSettings(weekStart, weeks, day, shift, locale, solve, width, height, site, at);
    }
}
