package it.scacchiera.ui.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A one-room site with four office-only operators and a morning shift: small enough to solve to optimality at once. */
public final class SmallSite {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private SmallSite() {}

    public static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("sala.floor"), "name: Sala\ngrid:\n######\n#DDDD#\n#DDDD#\n######\n");
        Files.writeString(dir.resolve("shifts.csv"), "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\n");
        var operators =
                new StringBuilder("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
        String[] names = {"Anna Bianchi", "Bruno Conti", "Carla Dini", "Dario Esposito"};
        for (int i = 0; i < names.length; i++) {
            operators.append("OP%d,%s,Blu,in-house,COMM,no,5,M,,HS-%d%n".formatted(i + 1, names[i], i + 1));
        }
        Files.writeString(dir.resolve("operators.csv"), operators);
        var demand = new StringBuilder("date,shift,service,required,calls,aht,sl_percent,sl_seconds\n");
        for (String day : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri"}) {
            demand.append(day).append(",M,COMM,4,,,,\n");
        }
        Files.writeString(dir.resolve("demand.csv"), demand);
        return dir;
    }
}
