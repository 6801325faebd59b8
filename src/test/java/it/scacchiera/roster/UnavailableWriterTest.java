package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absences written back into a real site folder's operators.csv, read back as the command line reads it. */
class UnavailableWriterTest {
    private static final LocalDate TUE = LocalDate.of(2026, 11, 24);
    private static final LocalDate WED = TUE.plusDays(1);

    @TempDir
    Path dir;

    private Path site(String operators) throws Exception {
        Files.writeString(dir.resolve("sala.floor"), "name: Sala\ngrid:\n#####\n#D.D#\n#####\n");
        Files.writeString(
                dir.resolve("shifts.csv"),
                "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\nP,Pomeriggio,14:00,20:00,Mon-Fri\n");
        Files.writeString(dir.resolve("operators.csv"), operators, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\nMon,M,COMM,1,,,,\n");
        return dir.resolve("operators.csv");
    }

    private Site read() throws Exception {
        return new SiteReader().readFolder(dir);
    }

    private Operator operator(Site site, String id) {
        return site.operators().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void add_semicolonsQuotesCrlfAndExtraColumn_onlyTheCellChanges() throws Exception {
        Path file = site("\uFEFFid;name;team;note;skills;remote;unavailable;headset\r\n"
                + "OP1;\"Łukasz Nowak\";Blu;\"says \"\"hi\"\"; twice\";COMM;yes;2026-12-24;HS-1\r\n"
                + "\r\n"
                + "OP2;Ștefan Popescu;Verde;;COMM|SALES;no;;HS-2\r\n"
                + "OP3;Anna;Blu;;COMM;no;\"2026-11-30\";HS-3\r\n");
        var before = read();

        new UnavailableWriter().add(file, before.shiftsByCode(), "OP2", Set.of(WED, TUE));
        new UnavailableWriter().add(file, before.shiftsByCode(), "OP3", Set.of(TUE));

        assertEquals(
                "\uFEFFid;name;team;note;skills;remote;unavailable;headset\r\n"
                        + "OP1;\"Łukasz Nowak\";Blu;\"says \"\"hi\"\"; twice\";COMM;yes;2026-12-24;HS-1\r\n"
                        + "\r\n"
                        + "OP2;Ștefan Popescu;Verde;;COMM|SALES;no;2026-11-24|2026-11-25;HS-2\r\n"
                        + "OP3;Anna;Blu;;COMM;no;\"2026-11-30|2026-11-24\";HS-3\r\n",
                Files.readString(file));
        var after = read();
        assertEquals(Set.of(TUE, WED), operator(after, "OP2").unavailable());
        assertEquals(
                Set.of(TUE, LocalDate.of(2026, 11, 30)), operator(after, "OP3").unavailable());
        assertEquals(operator(before, "OP1"), operator(after, "OP1"));
        assertEquals(
                before.operators().stream().map(Operator::id).toList(),
                after.operators().stream().map(Operator::id).toList());
    }

    @Test
    void add_datesAlreadyThere_keptOnceAndFileUntouched() throws Exception {
        String text = "id,name,unavailable,skills\nOP1,Anna,2026-11-24|2026-11-25,COMM\n";
        Path file = site(text);
        var shifts = read().shiftsByCode();

        new UnavailableWriter().add(file, shifts, "OP1", Set.of(TUE, WED));

        assertEquals(text, Files.readString(file));
    }

    @Test
    void add_noUnavailableColumn_columnAddedAtTheEnd() throws Exception {
        Path file = site("id,name,skills\nOP1,Anna,COMM\nOP2,Bruno\n");
        var shifts = read().shiftsByCode();

        new UnavailableWriter().add(file, shifts, "OP2", Set.of(TUE));

        assertEquals("id,name,skills,unavailable\nOP1,Anna,COMM\nOP2,Bruno,,2026-11-24\n", Files.readString(file));
        assertEquals(Set.of(TUE), operator(read(), "OP2").unavailable());
        assertEquals(Set.of(), operator(read(), "OP1").unavailable());
    }

    @Test
    void add_unknownOperator_failsAndFileUnchanged() throws Exception {
        String text = "id,name,unavailable,skills\nOP1,Anna,,COMM\n";
        Path file = site(text);
        var shifts = read().shiftsByCode();

        assertThrows(
                IllegalArgumentException.class, () -> new UnavailableWriter().add(file, shifts, "OP9", Set.of(TUE)));

        assertEquals(text, Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void add_commandLineReadsTheSameAbsences() throws Exception {
        Path file = site("id,name,skills\nOP1,Anna,COMM\n");
        var shifts = read().shiftsByCode();

        new UnavailableWriter().add(file, shifts, "OP1", Set.of(TUE));

        var operators = new OperatorsReader().read(file, shifts);
        assertEquals(Set.of(TUE), operators.get(0).unavailable());
        assertEquals(List.of(), leftovers());
    }

    private List<Path> leftovers() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".scacchiera-tmp"))
                    .toList();
        }
    }
}
