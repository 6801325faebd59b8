package it.scacchiera.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-room site whose shifts meet around the nights the clocks change: P ends at 22:00, L starts at
 * 09:00 and B at 08:00. Operator A works two days a week, so a Saturday and a Sunday make a whole week.
 */
final class DstSite {
    static final String HEADER =
            "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\n";

    private DstSite() {}

    static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("roma.floor"), "name: Roma\ngrid:\n#####\n#D.D#\n#####\n");
        Files.writeString(
                dir.resolve("shifts.csv"),
                "code,name,start,end,days\nP,Pomeriggio,14:00,22:00,Sat\nL,Lunga,09:00,17:00,Sun\n"
                        + "B,Buongiorno,08:00,16:00,Sun\n");
        Files.writeString(
                dir.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "A,Anna,Blu,,COMM,no,2,,,HS-1\n");
        Files.writeString(dir.resolve("demand.csv"), "date,shift,service,required\n");
    }

    /** A row of operator A on desk B2. */
    static String row(String date, String shift, String start, String end) {
        return date + "," + shift + "," + start + "," + end + ",A,Anna,Blu,in-house,COMM,office,roma,B2,HS-1\n";
    }
}
