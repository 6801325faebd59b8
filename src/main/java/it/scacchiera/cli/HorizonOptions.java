package it.scacchiera.cli;

import it.scacchiera.roster.Horizon;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** {@code --from} and {@code --weeks} checked before any work, naming the option (SPEC §5). */
final class HorizonOptions {
    private HorizonOptions() {}

    static Horizon horizon(LocalDate from, int weeks) {
        checkMonday(from);
        if (weeks < 1 || weeks > Horizon.MAX_WEEKS) {
            throw new IllegalArgumentException(
                    "--weeks " + weeks + ": a plan covers 1 to " + Horizon.MAX_WEEKS + " weeks");
        }
        return new Horizon(from, weeks);
    }

    static void checkMonday(LocalDate from) {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "--from " + from + " is a " + from.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
                            + ": a plan starts on a Monday");
        }
    }
}
