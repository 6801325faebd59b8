package it.scacchiera.bench.planted;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.roster.DemandReader;
import it.scacchiera.roster.OperatorsReader;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.ShiftsReader;
import it.scacchiera.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A planted site read back from its texts by the product's own readers, as {@code solve} would read its
 * files: the benchmark plans exactly what a user of the command line would.
 */
public final class PlantedProblem {
    private PlantedProblem() {}

    public static Site read(PlantedSite planted) {
        Map<String, String> files = planted.files();
        try {
            List<Floor> floors = new ArrayList<>();
            var floorReader = new FloorReader();
            for (var file : files.entrySet()) {
                if (file.getKey().endsWith(".floor")) {
                    floors.add(floorReader.read(file.getKey(), file.getValue()));
                }
            }
            var shifts = new ShiftsReader().read("shifts.csv", files.get("shifts.csv"));
            var byCode = new LinkedHashMap<String, Shift>();
            shifts.forEach(s -> byCode.put(s.code(), s));
            var operators = new OperatorsReader().read("operators.csv", files.get("operators.csv"), byCode);
            var services = new LinkedHashSet<String>();
            operators.forEach(o -> services.addAll(o.skills()));
            var demand = new DemandReader().read("demand.csv", files.get("demand.csv"), byCode, services);
            return Site.of(planted.family().name() + "-" + planted.seed(), floors, shifts, operators, demand);
        } catch (InputException e) {
            throw new IllegalStateException("a planted site the product cannot read: " + e.getMessage(), e);
        }
    }

    /** The planning problem {@code solve} would build with the flags of {@link PlantedSite#flags()}. */
    public static PlanningProblem of(PlantedSite planted) {
        Site site = read(planted);
        Family family = planted.family();
        return new PlanningProblem(
                site.rooms(),
                site.shifts(),
                site.operators(),
                site.demand().resolve(family.horizon(), site.shiftsByCode()),
                family.horizon(),
                Set.copyOf(family.authorised()),
                family.sanitizeMinutes(),
                List.of(),
                List.of());
    }
}
