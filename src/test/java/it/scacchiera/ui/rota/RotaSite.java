package it.scacchiera.ui.rota;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-room site with two shifts and four operators (OP3 unavailable on Tuesday, OP4 remote-eligible in
 * team Verde), and a plan opened as if saved: two in the morning and one remote in the afternoon every weekday.
 */
public final class RotaSite {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private RotaSite() {}

    /** A plan view model on the site, with the plan loaded (no solver runs). */
    public static PlanViewModel opened(Path dir) throws Exception {
        var site = new SiteReader().readFolder(write(dir));
        var plan = new PlanViewModel(new PlanningService(), Runnable::run, Runnable::run);
        plan.setSite(site);
        plan.weekStartProperty().set(MONDAY);
        plan.load(new Horizon(MONDAY, 1), schedule(), List.of());
        return plan;
    }

    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("sala.floor"), "name: Sala\ngrid:\n######\n#DDDD#\n#DDDD#\n######\n");
        Files.writeString(
                dir.resolve("shifts.csv"),
                "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\nP,Pomeriggio,14:00,20:00,Mon-Fri\n");
        Files.writeString(dir.resolve("operators.csv"), """
                id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset
                OP1,Anna Bianchi,Blu,in-house,COMM,no,5,,,HS-1
                OP2,Bruno Conti,Blu,in-house,COMM,no,5,,,HS-2
                OP3,Carla Dini,Blu,in-house,COMM,no,4,,2026-11-24,HS-3
                OP4,Dario Esposito,Verde,in-house,COMM,yes,5,,,HS-4
                """);
        var demand = new StringBuilder("date,shift,service,required,calls,aht,sl_percent,sl_seconds\n");
        for (String day : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri"}) {
            demand.append(day).append(",M,COMM,2,,,,\n").append(day).append(",P,COMM,1,,,,\n");
        }
        Files.writeString(dir.resolve("demand.csv"), demand);
        return dir;
    }

    static List<ScheduleEntry> schedule() {
        var rows = new ArrayList<ScheduleEntry>();
        for (int d = 0; d < 5; d++) {
            LocalDate date = MONDAY.plusDays(d);
            rows.add(office(date, "OP1", "Anna Bianchi", "B2"));
            rows.add(office(date, "OP2", "Bruno Conti", "B4"));
            rows.add(new ScheduleEntry(
                    date,
                    "P",
                    LocalTime.of(14, 0),
                    LocalTime.of(20, 0),
                    "OP4",
                    "Dario Esposito",
                    "Verde",
                    "in-house",
                    "COMM",
                    null,
                    null,
                    "HS-4"));
        }
        return rows;
    }

    private static ScheduleEntry office(LocalDate date, String id, String name, String desk) {
        return new ScheduleEntry(
                date,
                "M",
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                id,
                name,
                "Blu",
                "in-house",
                "COMM",
                "sala",
                DeskId.parse(desk),
                "HS-" + id.substring(2));
    }
}
