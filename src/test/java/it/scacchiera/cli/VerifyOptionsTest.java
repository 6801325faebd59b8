package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code verify}'s options of SPEC §5 on a real site in a folder: horizon, remote employers, sanitisation. */
class VerifyOptionsTest {
    private static final String HEADER =
            "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\n";

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        Files.writeString(dir.resolve("roma.floor"), "name: Roma\ngrid:\n#####\n#D#D#\n#####\n");
        // a night shift N and a morning shift E that starts 30 minutes after N ends
        Files.writeString(
                dir.resolve("shifts.csv"),
                "\uFEFFcode;name;start;end;days\r\nN;Notte;22:00;06:00;\r\nE;Alba;06:30;12:30;Mon-Sun\r\n");
        Files.writeString(
                dir.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "A,Anna,Blu,Voce Nord spa,COMM,yes,1,N,,HS-1\n"
                        + "B,Bruno,Blu,Contact Sud srl,COMM,yes,1,E,,HS-2\n");
        // no calls: Erlang C gives 0 without a service-level target
        Files.writeString(
                dir.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\nMon,N,COMM,,0,,,\n");
    }

    private int verify(String schedule, String... options) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.csv"), schedule, StandardCharsets.UTF_8);
        var args = CliHarness.siteArgs("verify", dir, "--schedule", file.toString());
        args.addAll(List.of(options));
        return cli.run(args);
    }

    /** A's Monday night on desk B2, then B on the same desk at 06:30 on Tuesday: a 30-minute handover. */
    private static String handover() {
        return HEADER.replace(',', ';').replace("\n", "\r\n")
                + "2026-12-14;N;22:00;06:00;A;Anna;Blu;Voce Nord spa;COMM;office;roma;B2;HS-1\r\n"
                + "2026-12-15;E;06:30;12:30;B;\"Bruno; B.\";Blu;Contact Sud srl;COMM;office;roma;B2;HS-2\r\n";
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "30, 0", "31, 1", "60, 1"})
    void verify_handoverAcrossMidnight_sanitisationPerGap(int minutes, int hard) throws IOException {
        int exit = verify(handover(), "--from", "2026-12-14", "--weeks", "1", "--sanitize-minutes", "" + minutes);

        assertEquals("hard=" + hard + " medium=0", cli.lastLine(), cli.out.toString() + cli.err);
        assertEquals(hard == 0 ? 0 : 1, exit);
    }

    @Test
    void verify_fromNotAMonday_exits2() throws IOException {
        int exit = verify(handover(), "--from", "2026-12-15");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("Monday"), cli.err.toString());
    }

    @Test
    void verify_remoteOutsourcers_onlyUnauthorisedOnesCount() throws IOException {
        String schedule = HEADER
                + "2026-12-14,N,22:00,06:00,A,Anna,Blu,Voce Nord spa,COMM,remote,,,HS-1\n"
                + "2026-12-15,E,06:30,12:30,B,Bruno,Blu,Contact Sud srl,COMM,remote,,,HS-2\n";

        int none = verify(schedule);
        String withoutOption = cli.lastLine();
        int one = verify(schedule, "--remote-employers", " Voce Nord spa |Altro");
        String withOne = cli.lastLine();
        int both = verify(schedule, "--remote-employers", "Voce Nord spa|Contact Sud srl", "--delimiter", ";");

        assertEquals("hard=2 medium=0", withoutOption);
        assertEquals("hard=1 medium=0", withOne);
        assertEquals("hard=0 medium=0", cli.lastLine());
        assertEquals(List.of(1, 1, 0), List.of(none, one, both));
    }
}
