package it.scacchiera.ui.why;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Operator;
import it.scacchiera.site.Site;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The people and rooms a reason names, as a planner knows them: by name, not by id. An id the site does
 * not know (a plan from an older site) is shown as it is.
 */
public record WhyNames(Map<String, String> operators, Map<String, String> rooms) {
    public static final WhyNames NONE = new WhyNames(Map.of(), Map.of());

    public WhyNames {
        operators = Map.copyOf(operators);
        rooms = Map.copyOf(rooms);
    }

    public static WhyNames of(Site site) {
        if (site == null) {
            return NONE;
        }
        return new WhyNames(
                site.operators().stream().collect(Collectors.toMap(Operator::id, Operator::name, (a, b) -> a)),
                site.floors().stream().collect(Collectors.toMap(Floor::id, Floor::name, (a, b) -> a)));
    }

    /** The operators' names joined by commas. */
    public String operators(List<String> ids) {
        return ids.stream().map(id -> operators.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    /** The room's name; empty for none. */
    public String room(String id) {
        return id == null ? "" : rooms.getOrDefault(id, id);
    }
}
