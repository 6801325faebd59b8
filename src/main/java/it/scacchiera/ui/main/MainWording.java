package it.scacchiera.ui.main;

import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.floormap.DeskLook;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The main window's words for capacities, cells and desks, in the bundle's language. */
final class MainWording {
    private final ResourceBundle bundle;

    MainWording(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String capacity(CapacityResult result) {
        return result.optimal()
                ? Messages.format(bundle, "rooms.capacity.optimal", result.capacity())
                : Messages.format(bundle, "rooms.capacity.bound", result.capacity(), result.upperBound());
    }

    String kind(CellKind kind) {
        return bundle.getString("kind." + kind.name());
    }

    String look(DeskLook look) {
        return look == null ? "" : bundle.getString("look." + look.name());
    }

    String conflicts(List<DeskId> conflicts) {
        return conflicts.isEmpty()
                ? bundle.getString("details.noConflicts")
                : conflicts.stream().map(DeskId::label).collect(Collectors.joining(", "));
    }

    /** One line for a tooltip: {@code B3 · Desk · free}. */
    String tooltip(DeskDetails details) {
        if (details == null) {
            return "";
        }
        String text = details.id().label() + " · " + kind(details.kind());
        return details.look() == null ? text : text + " · " + look(details.look());
    }
}
