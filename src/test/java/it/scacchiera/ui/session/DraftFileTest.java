package it.scacchiera.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.plan.SolveSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftFileTest {
    @TempDir
    Path folder;

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static Draft draft() {
        return new Draft(
                Path.of("/sedi/roma"),
                new Horizon(MONDAY, 1),
                new SolveSettings(Duration.ofSeconds(20), Set.of("Call, \"& Co\""), 30),
                List.of(
                        new ScheduleEntry(
                                MONDAY,
                                "M",
                                LocalTime.of(8, 0),
                                LocalTime.of(14, 0),
                                "OP1",
                                "Zoë D'Àngelo; \"night\"\nsecond line",
                                null,
                                "in-house",
                                "COMM",
                                "sala-roma",
                                DeskId.parse("B3"),
                                null),
                        new ScheduleEntry(
                                MONDAY,
                                "N",
                                LocalTime.of(22, 0),
                                LocalTime.of(6, 0),
                                "OP2",
                                "Bruno",
                                "Blu",
                                "Outsourcer",
                                "COMM",
                                null,
                                null,
                                "HS-2")),
                List.of(
                        Pin.dayOff("OP3", MONDAY),
                        new Pin("OP1", MONDAY, "M", "COMM", "sala-roma", DeskId.parse("B3")),
                        new Pin("OP2", MONDAY, "N", null, null, null)),
                Instant.parse("2026-12-04T10:15:30.123Z"));
    }

    @Test
    void writeThenRead_quotesNullsAndEveryPinKind_sameDraft() throws Exception {
        var file = new DraftFile(folder);

        file.write(draft());

        assertEquals(draft(), file.read());
    }

    @Test
    void read_cutShort_isAnIOExceptionNotAWrongPlan() throws Exception {
        var file = new DraftFile(folder);
        file.write(draft());
        String text = Files.readString(file.path());
        Files.writeString(file.path(), text.substring(0, text.indexOf("savedAt")));

        assertThrows(IOException.class, file::read);
    }
}
