package it.scacchiera.planning;

import it.scacchiera.floorplan.DeskId;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Who, where and when for one broken rule, shown in the UI's "why" panel.
 *
 * @param operatorIds the operators involved
 * @param roomId null when not about a room
 * @param desks the desks involved, possibly none
 * @param when the start of the (first) shift involved, or null
 * @param reason what is wrong, as a code the UI words in its language
 * @param arguments the numbers and names the reason's sentence needs (Integer or String), in its order
 */
public record Why(
        List<String> operatorIds,
        String roomId,
        List<DeskId> desks,
        LocalDateTime when,
        Reason reason,
        List<Object> arguments)
        implements ConstraintJustification {
    public Why {
        operatorIds = List.copyOf(operatorIds);
        desks = List.copyOf(desks);
        arguments = List.copyOf(arguments);
    }

    /** A reason whose sentence needs no arguments. */
    public Why(List<String> operatorIds, String roomId, List<DeskId> desks, LocalDateTime when, Reason reason) {
        this(operatorIds, roomId, desks, when, reason, List.of());
    }

    /** The short English sentence, e.g. "COMM in M: 3 of 5". */
    public String detail() {
        return new MessageFormat(reason.english(), Locale.ROOT).format(arguments.toArray());
    }
}
