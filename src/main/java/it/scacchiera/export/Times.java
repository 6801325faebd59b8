package it.scacchiera.export;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** HH:MM, as every file of ours writes times. */
final class Times {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {}

    static String format(LocalTime time) {
        return time.format(HH_MM);
    }
}
