package it.scacchiera.site;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.DemandTable;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call-centre site: its rooms and its planning inputs (SPEC §1–§2). Conflict graphs are built once
 * here and shared by capacity, the solver, the map and verify. {@code id} is the stable identity of
 * {@link SiteIdentity} for a site read from its folder, null for one put together from loose files.
 */
public record Site(
        String id,
        String name,
        List<Floor> floors,
        List<ConflictGraph> rooms,
        List<Shift> shifts,
        List<Operator> operators,
        DemandTable demand) {
    public Site {
        floors = List.copyOf(floors);
        rooms = List.copyOf(rooms);
        shifts = List.copyOf(shifts);
        operators = List.copyOf(operators);
    }

    /** A site without an identity: not read from a site folder, so it has no plans of its own. */
    public static Site of(
            String name, List<Floor> floors, List<Shift> shifts, List<Operator> operators, DemandTable demand) {
        return new Site(
                null, name, floors, floors.stream().map(ConflictGraph::of).toList(), shifts, operators, demand);
    }

    /** The same site with the identity of its folder. */
    public Site withId(String identity) {
        return new Site(identity, name, floors, rooms, shifts, operators, demand);
    }

    public Map<String, Shift> shiftsByCode() {
        return byCode(shifts);
    }

    static Map<String, Shift> byCode(List<Shift> shifts) {
        var map = new LinkedHashMap<String, Shift>();
        shifts.forEach(shift -> map.put(shift.code(), shift));
        return map;
    }

    /** The services: every code that appears in some operator's skills (SPEC §2). */
    public Set<String> services() {
        return services(operators);
    }

    static Set<String> services(List<Operator> operators) {
        var services = new LinkedHashSet<String>();
        operators.forEach(operator -> services.addAll(operator.skills()));
        return services;
    }
}
