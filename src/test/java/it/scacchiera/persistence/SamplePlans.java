package it.scacchiera.persistence;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Plans to store in tests: a small hand-made one and seeded random ones. */
final class SamplePlans {
    static final Horizon HORIZON = new Horizon(LocalDate.of(2026, 11, 2), 2);
    static final LocalDate MONDAY = HORIZON.from();

    private SamplePlans() {}

    static ScheduleEntry office(String operator, LocalDate date, String room, String desk) {
        return new ScheduleEntry(
                date,
                "M",
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                operator,
                "Name of " + operator,
                "team-a",
                "in-house",
                "sales",
                room,
                DeskId.parse(desk),
                "HS-" + operator);
    }

    static ScheduleEntry remote(String operator, LocalDate date) {
        return new ScheduleEntry(
                date,
                "N",
                LocalTime.of(22, 0),
                LocalTime.of(6, 0),
                operator,
                "Zoë D'Àngelo; \"night\"",
                null,
                "Outsourcer Srl",
                "support",
                null,
                null,
                null);
    }

    /** Office and remote rows (one overnight, with nulls and quotes) and one pin of every kind. */
    static PlanContent plan(SiteRef site, String label) {
        return new PlanContent(
                site,
                HORIZON,
                label,
                "0hard/-3medium/-1250soft",
                new PlanSettings(Set.of("Outsourcer Srl", "Call & Co"), 45),
                List.of(
                        office("op1", MONDAY, "sala-roma", "B3"),
                        office("op2", MONDAY, "sala-roma", "AA10"),
                        remote("op3", MONDAY),
                        office("op1", MONDAY.plusDays(1), "sala-b", "C2")),
                List.of(
                        Pin.dayOff("op2", MONDAY.plusDays(2)),
                        Pin.working("op1", MONDAY, "M", PinnedLocation.office("sala-roma", DeskId.parse("B3"))),
                        Pin.working("op3", MONDAY, null, PinnedLocation.REMOTE),
                        Pin.working("op4", MONDAY.plusDays(3), "N", PinnedLocation.ANY)));
    }

    /** {@code count} office rows followed by a pin whose room does not fit its column. */
    static PlanContent failingMidSave(SiteRef site, int count) {
        var entries = new ArrayList<ScheduleEntry>();
        for (int i = 0; i < count; i++) {
            entries.add(office("op" + i, MONDAY.plusDays(i % 14), "sala-roma", "A" + (i / 14 + 1)));
        }
        var pins = List.of(
                Pin.dayOff("op1", MONDAY),
                Pin.working("op2", MONDAY, "M", PinnedLocation.office("r".repeat(300), DeskId.parse("A1"))));
        return new PlanContent(site, HORIZON, "too long", null, PlanSettings.DEFAULT, entries, pins);
    }

    static PlanContent random(SiteRef site, long seed) {
        var random = new Random(seed);
        var entries = new ArrayList<ScheduleEntry>();
        int rows = random.nextInt(60);
        for (int i = 0; i < rows; i++) {
            LocalDate date = MONDAY.plusDays(random.nextInt(14));
            boolean remote = random.nextInt(3) == 0;
            entries.add(new ScheduleEntry(
                    date,
                    "S" + random.nextInt(4),
                    LocalTime.of(random.nextInt(24), random.nextInt(60)),
                    LocalTime.of(random.nextInt(24), random.nextInt(60)),
                    "op" + random.nextInt(30),
                    text(random),
                    random.nextBoolean() ? null : text(random),
                    random.nextBoolean() ? "in-house" : text(random),
                    "svc" + random.nextInt(5),
                    remote ? null : "room-" + random.nextInt(3),
                    remote ? null : new DeskId(random.nextInt(60), 1 + random.nextInt(40)),
                    random.nextBoolean() ? null : text(random)));
        }
        var pins = new ArrayList<Pin>();
        for (int i = 0; i < random.nextInt(10); i++) {
            pins.add(randomPin("op" + i, MONDAY.plusDays(random.nextInt(14)), random));
        }
        var settings =
                new PlanSettings(random.nextBoolean() ? Set.of() : Set.of("E" + text(random)), random.nextInt(120));
        String score = random.nextBoolean() ? null : text(random);
        return new PlanContent(site, HORIZON, text(random), score, settings, entries, pins);
    }

    private static Pin randomPin(String operator, LocalDate date, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Pin.dayOff(operator, date);
            case 1 -> Pin.working(operator, date, random.nextBoolean() ? null : "M", PinnedLocation.ANY);
            case 2 -> Pin.working(operator, date, "N", PinnedLocation.REMOTE);
            default ->
                Pin.working(
                        operator,
                        date,
                        "M",
                        PinnedLocation.office(
                                "room-" + random.nextInt(3), new DeskId(random.nextInt(800), 1 + random.nextInt(99))));
        };
    }

    /** Short text with accents, quotes, separators and a character outside the BMP. */
    private static String text(Random random) {
        String alphabet = "abcXYZ àèìòù,;|'\"=+-@\t€";
        var text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(5) == 0) {
            text.append("😀");
        }
        return text.toString().replace("|", "/");
    }
}
