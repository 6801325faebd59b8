package it.scacchiera.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * A small site for command-line tests: room Roma (ten desks in two rows), morning and afternoon shifts
 * on weekdays, twelve operators answering COMM and TECH (every third may work remotely), and the demand
 * rows given.
 */
final class RomaSite {
    private RomaSite() {}

    /** @param daysPerWeek operator number (1–12) → days per week */
    static void write(Path dir, IntUnaryOperator daysPerWeek, String demandRows) throws IOException {
        Files.writeString(
                dir.resolve("roma.floor"), "name: Roma\ngrid:\n#######\n#DDDDD#\n#.....#\n#DDDDD#\n#######\n");
        Files.writeString(
                dir.resolve("shifts.csv"),
                "code;name;start;end;days\nM;Mattina;08:00;14:00;Mon-Fri\nP;Pomeriggio;14:00;20:00;Mon-Fri\n");
        var operators =
                new StringBuilder("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
        for (int i = 1; i <= 12; i++) {
            operators.append("OP%02d,Operatore %d,%s,,COMM|TECH,%s,%d,,,HS-%02d\n"
                    .formatted(
                            i,
                            i,
                            i % 2 == 0 ? "Blu" : "Rosso",
                            i % 3 == 0 ? "yes" : "no",
                            daysPerWeek.applyAsInt(i),
                            i));
        }
        Files.writeString(dir.resolve("operators.csv"), operators.toString());
        Files.writeString(
                dir.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\n" + demandRows);
    }
}
