package it.scacchiera.report;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contact list of SPEC §4, for health and safety, from the schedule alone: who sat in the same
 * room as an operator during overlapping shifts, and who used the operator's desk within 24 hours
 * before or after. Intervals are real time in the site's zone, across midnight and days.
 */
public final class ContactList {
    private static final Duration DAY = Duration.ofHours(24);

    private final Map<String, Floor> rooms;
    private final ZoneId zone;

    public ContactList(List<Floor> floors, ZoneId zone) {
        this.rooms = floors.stream().collect(Collectors.toMap(Floor::id, Function.identity(), (a, b) -> a));
        this.zone = zone;
    }

    /**
     * The contacts of {@code operatorId}'s office rows dated {@code from} to {@code to} (both
     * included), sorted by date, shift start, distance and contact id. Contacts may lie outside those dates.
     *
     * @throws IllegalArgumentException when an office row's room has no floor
     */
    public List<Contact> of(String operatorId, LocalDate from, LocalDate to, List<ScheduleEntry> schedule) {
        Map<String, List<ScheduleEntry>> byRoom =
                schedule.stream().filter(e -> !e.remote()).collect(Collectors.groupingBy(ScheduleEntry::room));
        var contacts = new ArrayList<Contact>();
        for (ScheduleEntry row : schedule) {
            if (row.remote()
                    || !row.operatorId().equals(operatorId)
                    || row.date().isBefore(from)
                    || row.date().isAfter(to)) {
                continue;
            }
            Floor floor = floor(row.room());
            for (ScheduleEntry other : byRoom.get(row.room())) {
                if (other.operatorId().equals(operatorId)) {
                    continue;
                }
                long overlap = overlapMinutes(row, other);
                if (overlap > 0) {
                    contacts.add(new Contact(
                            row, other, distance(floor, row.desk(), other.desk()), overlap, ContactReason.SAME_ROOM));
                }
                if (other.desk().equals(row.desk()) && withinADay(row, other)) {
                    contacts.add(new Contact(row, other, BigDecimal.ZERO, 0, ContactReason.SAME_DESK));
                }
            }
        }
        contacts.sort(ORDER);
        return List.copyOf(contacts);
    }

    /** SPEC §4 order, then reason and the contact's start so that equal keys never depend on input order. */
    static final Comparator<Contact> ORDER = Comparator.comparing(
                    (Contact c) -> c.row().date())
            .thenComparing(c -> c.row().start())
            .thenComparing(c -> c.row().shift())
            .thenComparing(Contact::squaredDistance)
            .thenComparing(c -> c.contact().operatorId())
            .thenComparing(Contact::reason)
            .thenComparing(c -> c.contact().date())
            .thenComparing(c -> c.contact().start());

    /** Squared, between desk centres (SPEC §1): x = (c + 0.5) × width, y = (r + 0.5) × depth. */
    static BigDecimal distance(Floor floor, DeskId a, DeskId b) {
        BigDecimal dx = floor.cell().width().multiply(BigDecimal.valueOf(a.column() - b.column()));
        BigDecimal dy = floor.cell().depth().multiply(BigDecimal.valueOf(a.row() - b.row()));
        return dx.multiply(dx).add(dy.multiply(dy));
    }

    private long overlapMinutes(ScheduleEntry a, ScheduleEntry b) {
        ZonedDateTime start = later(start(a), start(b));
        ZonedDateTime end = earlier(end(a), end(b));
        return end.isAfter(start) ? Duration.between(start, end).toMinutes() : 0;
    }

    /** The gap between the two uses, whichever comes first, is at most 24 hours. */
    private boolean withinADay(ScheduleEntry a, ScheduleEntry b) {
        ZonedDateTime firstEnd = end(a).isBefore(end(b)) ? end(a) : end(b);
        ZonedDateTime secondStart = start(a).isBefore(start(b)) ? start(b) : start(a);
        return Duration.between(firstEnd, secondStart).compareTo(DAY) <= 0;
    }

    private ZonedDateTime start(ScheduleEntry e) {
        return e.date().atTime(e.start()).atZone(zone);
    }

    /** An end at or before the start ends the next day (SPEC §2). */
    private ZonedDateTime end(ScheduleEntry e) {
        LocalDate day = e.end().isAfter(e.start()) ? e.date() : e.date().plusDays(1);
        return day.atTime(e.end()).atZone(zone);
    }

    private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime earlier(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private Floor floor(String room) {
        Floor floor = rooms.get(room);
        if (floor == null) {
            throw new IllegalArgumentException("no floorplan for room " + room);
        }
        return floor;
    }
}
