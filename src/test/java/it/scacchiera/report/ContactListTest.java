package it.scacchiera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.export.ContactListCsvWriter;
import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactListTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate MON = LocalDate.of(2026, 12, 14);
    private static final Floor ROMA = new Floor(
            "roma",
            "Sala Roma",
            List.of(),
            new CellSize(new BigDecimal("1.2"), new BigDecimal("1.5")),
            DistanceRule.CHECKERBOARD,
            Floor.NO_LIMIT,
            List.of("DDDDD", "DDDDD", "DDDDD"));
    private static final Floor MILANO = new Floor(
            "milano",
            "Sala Milano",
            List.of(),
            CellSize.DEFAULT,
            DistanceRule.CHECKERBOARD,
            Floor.NO_LIMIT,
            List.of("DDD"));

    static ScheduleEntry at(LocalDate date, String start, String end, String id, String room, String desk) {
        return new ScheduleEntry(
                date,
                start.substring(0, 2),
                LocalTime.parse(start),
                LocalTime.parse(end),
                id,
                "Name " + id,
                "t",
                "in-house",
                "COMM",
                room,
                desk == null ? null : DeskId.parse(desk),
                "");
    }

    private static String csv(List<Contact> contacts) throws Exception {
        var out = new StringBuilder();
        new ContactListCsvWriter(',').write(out, contacts);
        return out.toString().replace("\r\n", "\n");
    }

    @Test
    void of_roomDeskAndOtherRooms_onlyOverlapsAndTheDesksDay() throws Exception {
        List<ScheduleEntry> schedule = List.of(
                at(MON, "08:00", "14:00", "ill", "roma", "A1"),
                at(MON, "10:00", "18:00", "near", "roma", "B2"), // 1.2 × 1.5 m cells: √(1.44 + 2.25) = 1.92 m
                at(MON, "08:00", "14:00", "far", "roma", "C5"), // √(4.8² + 3²) = 5.66 m
                at(MON, "14:00", "20:00", "after", "roma", "A1"), // back to back: no overlap, same desk
                at(MON.plusDays(1), "13:00", "19:00", "nextday", "roma", "A1"), // 23 h after: same desk
                at(MON.plusDays(1), "14:30", "20:00", "toolate", "roma", "A1"), // 24.5 h after
                at(MON.minusDays(1), "22:00", "08:30", "night", "roma", "A3"), // overnight, 30 min overlap
                at(MON, "08:00", "14:00", "elsewhere", "milano", "A1"),
                at(MON, "08:00", "14:00", "home", null, null),
                at(MON.plusDays(2), "08:00", "14:00", "ill", null, null));

        var contacts = new ContactList(List.of(ROMA, MILANO), ROME).of("ill", MON, MON.plusDays(2), schedule);

        assertEquals("""
                date,shift,room,desk,contact_id,contact_name,contact_shift,contact_desk,distance_m,overlap_minutes,reason
                2026-12-14,08,roma,A1,after,Name after,14,A1,0.00,0,same desk
                2026-12-14,08,roma,A1,nextday,Name nextday,13,A1,0.00,0,same desk
                2026-12-14,08,roma,A1,near,Name near,10,B2,1.92,240,same room
                2026-12-14,08,roma,A1,night,Name night,22,A3,2.40,30,same room
                2026-12-14,08,roma,A1,far,Name far,08,C5,5.66,360,same room
                """, csv(contacts));
    }

    @Test
    void of_nightTheClocksGoForward_realOverlap() {
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        List<ScheduleEntry> schedule = List.of(
                at(saturday, "22:00", "06:00", "ill", "milano", "A1"),
                at(saturday, "23:00", "04:00", "other", "milano", "A3"));

        var contacts = new ContactList(List.of(MILANO), ROME).of("ill", saturday, saturday, schedule);

        // 23:00 → 04:00 across 02:00 → 03:00: four real hours
        assertEquals(240, contacts.get(0).overlapMinutes());
    }

    @Test
    void of_datesOutsideTheRange_noRows() {
        List<ScheduleEntry> schedule =
                List.of(at(MON, "08:00", "14:00", "ill", "roma", "A1"), at(MON, "08:00", "14:00", "x", "roma", "A2"));

        var contacts = new ContactList(List.of(ROMA), ROME).of("ill", MON.plusDays(1), MON.plusDays(3), schedule);

        assertEquals(List.of(), contacts);
    }
}
