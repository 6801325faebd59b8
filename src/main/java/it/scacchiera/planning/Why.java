package it.scacchiera.planning;

import it.scacchiera.floorplan.DeskId;
import java.time.LocalDateTime;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Who, where and when for one broken rule, shown in the UI's "why" panel.
 *
 * @param operatorIds the operators involved
 * @param roomId null when not about a room
 * @param desks the desks involved, possibly none
 * @param when the start of the (first) shift involved, or null
 * @param detail a short English sentence
 */
public record Why(List<String> operatorIds, String roomId, List<DeskId> desks, LocalDateTime when, String detail)
        implements ConstraintJustification {
    public Why {
        operatorIds = List.copyOf(operatorIds);
        desks = List.copyOf(desks);
    }
}
