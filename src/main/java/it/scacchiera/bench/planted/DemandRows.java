package it.scacchiera.bench.planted;

import it.scacchiera.roster.ErlangC;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code demand.csv} derived from the hidden plan: what it staffs per date, shift and service, less a little
 * slack (so a plan with 0 short exists), written as weekday rows where the weeks agree, dated overrides where
 * they do not, and some rows as Erlang C inputs that {@link ErlangC} turns back into exactly the count. The
 * over-demanded variants then ask, in a few shifts, for more office-only operators than the site has seats.
 */
final class DemandRows {
    /** One date, shift and service. */
    record Key(LocalDate date, String shift, String service) {}

    private static final String HEADER = "date,shift,service,required,calls,aht,sl_percent,sl_seconds\n";

    private final Family family;
    private final Random random;
    private final Map<Key, Integer> required = new LinkedHashMap<>();

    DemandRows(Family family, Random random) {
        this.family = family;
        this.random = random;
    }

    /** The required count per date, shift and service, after slack and any over-demand. */
    Map<Key, Integer> derive(List<Instance> instances, List<ScheduleEntry> hidden, int siteCapacity) {
        for (Instance instance : instances) {
            for (String service : Family.SERVICES) {
                required.put(new Key(instance.date(), instance.shift().code(), service), 0);
            }
        }
        hidden.forEach(e -> required.merge(new Key(e.date(), e.shift(), e.service()), 1, Integer::sum));
        List<Key> staffed =
                required.keySet().stream().filter(k -> required.get(k) > 0).toList();
        for (int drop = (int) Math.floor(hidden.size() * family.slack()); drop > 0 && !staffed.isEmpty(); ) {
            Key key = staffed.get(random.nextInt(staffed.size()));
            if (required.get(key) > 0) {
                required.merge(key, -1, Integer::sum);
                drop--;
            }
        }
        if (family.overDemanded()) {
            int raised = Math.max(2, instances.size() / 20);
            for (int k = 0; k < raised; k++) {
                Instance instance = instances.get(random.nextInt(instances.size()));
                Key key = new Key(instance.date(), instance.shift().code(), Family.OFFICE_ONLY_SERVICE);
                required.put(key, siteCapacity + 1 + random.nextInt(3));
            }
        }
        return required;
    }

    /** The CSV text of what {@link #derive} found. */
    String csv(Map<String, Shift> shifts) {
        var text = new StringBuilder(HEADER);
        for (Shift shift : shifts.values()) {
            for (String service : Family.SERVICES) {
                for (DayOfWeek weekday : DayOfWeek.values()) {
                    rows(text, shift, service, weekday);
                }
            }
        }
        return text.toString();
    }

    private void rows(StringBuilder text, Shift shift, String service, DayOfWeek weekday) {
        List<LocalDate> dates = family.horizon().dates().stream()
                .filter(d -> d.getDayOfWeek() == weekday && shift.runsOn(d))
                .toList();
        if (dates.isEmpty()) {
            return;
        }
        int usual = required.get(new Key(dates.get(0), shift.code(), service));
        boolean weekdayRow = random.nextInt(10) < 7;
        if (weekdayRow && usual > 0) {
            row(text, abbreviation(weekday), shift, service, usual);
        }
        for (LocalDate date : dates) {
            int count = required.get(new Key(date, shift.code(), service));
            boolean covered = weekdayRow && usual > 0 && count == usual;
            boolean needed = count > 0 || (weekdayRow && usual > 0);
            if (!covered && needed) {
                row(text, date.toString(), shift, service, count);
            }
        }
    }

    private void row(StringBuilder text, String date, Shift shift, String service, int count) {
        text.append(date)
                .append(',')
                .append(shift.code())
                .append(',')
                .append(service)
                .append(',');
        text.append(requiredCells(shift, count)).append('\n');
    }

    private String requiredCells(Shift shift, int count) {
        if (count > 0 && random.nextInt(4) == 0) {
            String erlang = erlang(shift, count);
            if (erlang != null) {
                return erlang;
            }
        }
        return count + ",,,,";
    }

    /** Calls, aht and a target that Erlang C turns into exactly {@code count} agents; null when none does. */
    private String erlang(Shift shift, int count) {
        int aht = 180 + 60 * random.nextInt(4);
        int slPercent = 80 + 5 * random.nextInt(3);
        int slSeconds = List.of(20, 30, 60).get(random.nextInt(3));
        double seconds = shift.minutes() * 60.0;
        long low = 1;
        long high = 1;
        while (ErlangC.agents(high, aht, seconds, slPercent, slSeconds) < count) {
            low = high;
            high *= 2;
        }
        while (low < high) { // the fewest calls that need count agents
            long mid = (low + high) / 2;
            if (ErlangC.agents(mid, aht, seconds, slPercent, slSeconds) >= count) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if (ErlangC.agents(high, aht, seconds, slPercent, slSeconds) != count) {
            return null;
        }
        return "," + high + "," + aht + "," + slPercent + "," + slSeconds;
    }

    private static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
