package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.ScheduleEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCsvWriterTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    static ScheduleEntry entry(LocalDate date, String shift, String start, String operator, String room, String desk) {
        return new ScheduleEntry(
                date,
                shift,
                LocalTime.parse(start),
                LocalTime.parse(start).plusHours(8),
                operator,
                "Name " + operator,
                "t1",
                "",
                "inb",
                room,
                desk == null ? null : DeskId.parse(desk),
                "H" + operator);
    }

    @Test
    void write_mixedEntries_specOrder() throws Exception {
        var entries = List.of(
                entry(MON, "P", "14:00", "a", "roma", "A1"),
                entry(MON, "M", "06:00", "z", null, null),
                entry(MON, "M", "06:00", "b", null, null),
                entry(MON, "M", "06:00", "c", "roma", "A10"),
                entry(MON, "M", "06:00", "d", "roma", "A2"),
                entry(MON, "M", "06:00", "e", "milano", "AA1"),
                entry(MON, "M", "06:00", "f", "milano", "Z9"),
                entry(MON, "K", "06:00", "g", "roma", "A1"),
                entry(MON.minusDays(1), "P", "14:00", "h", "roma", "A1"));
        var file = dir.resolve("out.csv");

        new ScheduleCsvWriter().write(file, entries);

        var ids = Files.readAllLines(file).stream()
                .skip(1)
                .map(line -> line.split(",")[4])
                .toList();
        assertEquals(List.of("h", "g", "f", "e", "d", "c", "b", "z", "a"), ids);
    }

    @Test
    void write_remoteAndEmptyEmployer_specCells() throws Exception {
        var entries = List.of(entry(MON, "M", "06:00", "b", null, null));
        var out = new StringBuilder();

        new ScheduleCsvWriter().write(out, entries);

        assertEquals(
                "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\r\n"
                        + "2026-11-23,M,06:00,14:00,b,Name b,t1,in-house,inb,remote,,,Hb\r\n",
                out.toString());
    }

    @Test
    void write_formulaAndQuotes_guardedAndQuoted() throws Exception {
        var entry = new ScheduleEntry(
                MON,
                "M",
                LocalTime.of(6, 0),
                LocalTime.of(14, 0),
                "=cmd",
                "Rossi, \"Gigi\"",
                "-team",
                "@corp",
                "+svc",
                "roma",
                DeskId.parse("B3"),
                "\tH");
        var out = new StringBuilder();

        new ScheduleCsvWriter(';').write(out, List.of(entry));

        String row = out.toString().lines().toList().get(1);
        assertEquals(
                "2026-11-23;M;06:00;14:00;'=cmd;\"Rossi, \"\"Gigi\"\"\";'-team;'@corp;'+svc;office;roma;B3;\"'\tH\"",
                row);
    }

    @Test
    void write_existingFile_replacedWholeAndNoTempLeft() throws Exception {
        var file = dir.resolve("out.csv");
        Files.writeString(file, "old content that is longer than the new one ".repeat(50));

        new ScheduleCsvWriter().write(file, List.of());

        assertEquals(
                "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.allMatch(file::equals));
        }
    }
}
