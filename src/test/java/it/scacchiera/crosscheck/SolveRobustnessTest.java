package it.scacchiera.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code solve} on sites at the edges (no rooms, rooms nobody may enter, nobody available, shifts that
 * run on no day of the demand, overnight shifts over the week's end): it plans, exits 0 or 1, and
 * {@code verify} counts what it scored.
 */
class SolveRobustnessTest {
    private static final String ROOM = "name: Room\ngrid:\nD.D.D\n.....\nD.D.D\n";
    private static final String SHIFTS = "code,name,start,end,days\nM,Morning,08:00,14:00,Mon-Fri\n"
            + "P,Afternoon,14:00,20:00,Mon-Fri\nN,Night,22:00,06:00,\nE,Early,06:00,14:00,\n";
    private static final String OPERATORS_HEADER =
            "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n";
    private static final String DEMAND_HEADER = "date,shift,service,required,calls,aht,sl_percent,sl_seconds\n";

    @TempDir
    Path dir;

    private SiteFiles site(Map<String, String> rooms, String shifts, String operators, String demand, int weeks)
            throws IOException {
        return site(rooms, shifts, operators, demand, weeks, "", 30);
    }

    private SiteFiles site(
            Map<String, String> rooms,
            String shifts,
            String operators,
            String demand,
            int weeks,
            String remoteEmployers,
            int sanitizeMinutes)
            throws IOException {
        Path floors = Files.createDirectories(dir.resolve("floors"));
        for (var room : rooms.entrySet()) {
            Files.writeString(floors.resolve(room.getKey() + ".floor"), room.getValue());
        }
        Files.writeString(dir.resolve("shifts.csv"), shifts);
        Files.writeString(dir.resolve("operators.csv"), OPERATORS_HEADER + operators);
        Files.writeString(dir.resolve("demand.csv"), DEMAND_HEADER + demand);
        return new SiteFiles(dir, floors, weeks, remoteEmployers, sanitizeMinutes);
    }

    private static String operators(int count, String remote) {
        var text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("op%d,Operator %d,,,INFO,%s,5,,,\n".formatted(i, i, remote));
        }
        return text.toString();
    }

    @Test
    void solve_noRooms_plansRemoteAndAgreesWithVerify() throws IOException {
        SiteFiles files = site(
                Map.of(), SHIFTS, operators(3, "yes") + "op9,Office only,,,INFO,no,5,,,\n", "Mon,M,INFO,2,,,,\n", 1);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "no rooms");
    }

    @Test
    void solve_roomsWithMaxOccupancyZero_agreesWithVerify() throws IOException {
        SiteFiles files = site(
                Map.of(
                        "zero",
                        "name: Zero\nmax-occupancy: 0\ngrid:\nD.D\n",
                        "posts",
                        "name: Posts\nmax-occupancy: 1\ngrid:\nS.D.D\n"),
                SHIFTS,
                operators(4, "no") + "op9,Remote,,,INFO,yes,5,,,\n",
                "Mon,M,INFO,2,,,,\n",
                1);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "max-occupancy 0");
    }

    @Test
    void solve_allOfficeOperatorsTooFewDesks_isHardBrokenAndAgreesWithVerify() throws IOException {
        SiteFiles files = site(
                Map.of("small", "name: Small\ngrid:\nD.D\n"),
                SHIFTS,
                operators(12, "no"),
                "Mon,M,INFO,6,,,,\nTue,N,INFO,,30,300,80,20\n",
                1);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "too few desks");
        assertEquals(1, outcome.solveExit(), outcome.toString());
    }

    @Test
    void solve_operatorUnavailableEveryDay_agreesWithVerify() throws IOException {
        var days = new StringBuilder();
        for (int d = 0; d < 14; d++) {
            days.append(d == 0 ? "" : "|").append(RandomSite.MONDAY.plusDays(d));
        }
        SiteFiles files = site(
                Map.of("room", ROOM),
                SHIFTS,
                "away,Away,,,INFO,yes,5,,%s,\nhere,Here,,,INFO,no,3,,,\n".formatted(days),
                "Mon,M,INFO,2,,,,\n",
                2);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "unavailable every day");
        assertEquals(0, outcome.hard(), outcome.toString());
    }

    @Test
    void solve_demandForAShiftOnDaysItDoesNotRunOrNobodyMayWork_agreesWithVerify() throws IOException {
        String shifts = SHIFTS + "S,Sunday,09:00,13:00,Sun\n";
        String demand = "Mon,S,INFO,3,,,,\nSun,S,INFO,2,,,,\nSun,S,TECH,2,,,,\nTue,P,TECH,,40,300,80,20\n";
        String operators = "a,A,,,INFO,yes,5,M|E,,\nb,B,,,TECH,no,5,M,,\nc,C,,Acme Srl,TECH|INFO,yes,2,N,,\n";
        SiteFiles files = site(Map.of("room", ROOM), shifts, operators, demand, 1, "Acme Srl", 30);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "demand nobody can cover");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void solve_overnightShiftsOverWeekEnds_agreesWithVerify(int weeks) throws IOException {
        String shifts = "code,name,start,end,days\nN,Night,22:00,06:00,Sat-Sun\nL,Late,20:00,02:00,\n"
                + "E,Early,06:00,14:00,Mon|Sun\nD,Day,08:00,16:00,\n";
        SiteFiles files = site(
                Map.of("room", ROOM, "hall", "name: Hall\ndistance: king\ngrid:\nDDD\nDSD\nDDD\n"),
                shifts,
                operators(9, "no") + operators(2, "yes").replace("op", "home"),
                "Sun,N,INFO,3,,,,\nMon,E,INFO,2,,,,\nSun,L,INFO,,50,300,80,20\n",
                weeks,
                "",
                30);

        var outcome = SolveThenVerify.run(files, "2s");

        SolveThenVerify.assertAgree(outcome, weeks + " weeks of nights");
    }

    @Test
    void solve_remoteEmployersWithSpaces_authorisesThem() throws IOException {
        String operators = "a,A,,Acme Srl,INFO,yes,5,,,\nb,B,,Beta Coop,INFO,yes,5,,,\nc,C,,Gamma,INFO,yes,5,,,\n";
        SiteFiles files = site(Map.of(), SHIFTS, operators, "Mon,M,INFO,2,,,,\n", 1, " Acme Srl |Beta Coop ", 30);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "remote employers with spaces");
        // Gamma is not authorised and there is no room: 5 of its days are lost either way
        assertEquals(5, outcome.hard(), outcome.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 600})
    void solve_sanitisationGapZeroOrTenHours_agreesWithVerify(int minutes) throws IOException {
        SiteFiles files = site(
                Map.of("room", ROOM),
                SHIFTS,
                operators(10, "no"),
                "Mon,M,INFO,3,,,,\nMon,P,INFO,3,,,,\nMon,N,INFO,2,,,,\n",
                1,
                "",
                minutes);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "sanitisation " + minutes);
    }

    @Test
    void solve_oneOperator_agreesWithVerify() throws IOException {
        SiteFiles files = site(
                Map.of("room", "name: One\ngrid:\nD\n"),
                SHIFTS,
                "solo,Solo,,,INFO,no,7,,,\n",
                "Mon,M,INFO,1,,,,\nMon,N,INFO,1,,,,\n",
                1);

        var outcome = SolveThenVerify.run(files, "1s");

        SolveThenVerify.assertAgree(outcome, "one operator");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";"})
    void solve_oddNamesAndTallRoom_scheduleReadsBackAndAgrees(String delimiter) throws IOException {
        String tall = "name: Tall\ngrid:\n" + "D\n.\n".repeat(15);
        String shifts = "code,name,start,end,days\n=N,\"Night, late\",22:00,06:00,\n-M,Morning,08:00,14:00,Mon-Fri\n";
        String operators = "\"=1\",\"Rossi, Mario \"\"Capo\"\"\",\"t;1\",\"Acme, S.p.A.\",+INFO|@TECH,yes,5,,,=HS\n"
                + "-2,Bianchi,t2,,+INFO,no,5,,,\n@3,Verdi,,Acme,@TECH,no,5,,,\n+4,Neri,,,+INFO|@TECH,no,5,=N,,\n";
        String demand = "Mon,=N,+INFO,2,,,,\nTue,-M,@TECH,1,,,,\n";
        SiteFiles files =
                site(Map.of("sala roma", ROOM, "tall", tall), shifts, operators, demand, 1, "Acme, S.p.A.", 30);

        var outcome = SolveThenVerify.run(files, "1s", "--delimiter", delimiter);

        SolveThenVerify.assertAgree(outcome, "odd names, delimiter " + delimiter);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "floors/bad.floor|name: Bad\\ngrid:\\nD?D\\n|bad.floor:3:2: ",
                "operators.csv|id,name,days_per_week\\nop1,One,9\\n|operators.csv:2:9: ",
                "demand.csv|date,shift,service,required\\nMon,M,NOPE,1\\n|demand.csv:2:7: ",
                "shifts.csv|code,name,start,end\\nM,Morning,8 o'clock,14:00\\n|shifts.csv:2:11: "
            })
    void solve_badInputFile_exits2NamingFileLineAndColumn(String spec) throws IOException {
        String[] part = spec.split("\\|");
        SiteFiles files = site(Map.of("room", ROOM), SHIFTS, operators(2, "yes"), "Mon,M,INFO,1,,,,\n", 1);
        Files.writeString(dir.resolve(part[0]), part[1].replace("\\n", "\n"));

        var outcome = SolveThenVerify.run(files, "1s");

        assertEquals(2, outcome.solveExit(), outcome.toString());
        assertTrue(outcome.solveErr().startsWith(part[2]), outcome.solveErr());
    }

    @Test
    void solve_floorsIsAFile_exits2SayingSo() throws IOException {
        SiteFiles files = site(Map.of("room", ROOM), SHIFTS, operators(2, "yes"), "", 1);
        SiteFiles wrong = new SiteFiles(dir, files.floors().resolve("room.floor"), 1, "", 30);

        var outcome = SolveThenVerify.run(wrong, "1s");

        assertEquals(2, outcome.solveExit(), outcome.toString());
        assertEquals(wrong.floors() + ": not a folder", outcome.solveErr().strip());
    }
}
