package it.scacchiera.ui.main;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.floormap.DeskPair;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.plan.PlanViewModel;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;

/** The map follows the window's model: selected desk, capacity pattern, tooltips, occupants, conflicts, pins. */
final class MapBinding {
    private MapBinding() {}

    static void bind(
            FloorMap floorMap, MainViewModel model, PlanViewModel plan, MainWording words, ViewListeners listeners) {
        floorMap.selectedCellProperty().bindBidirectional(model.selectedCellProperty());
        floorMap.showPatternProperty().bind(model.showPatternProperty());
        floorMap.setDescribe(cell -> words.tooltip(model.detailsOf(cell)));
        listeners.onChange(
                model.occupants(),
                (MapChangeListener.Change<? extends DeskId, ? extends String> change) ->
                        floorMap.setOccupants(model.occupants()));
        listeners.onChange(
                model.conflicts(),
                (ListChangeListener.Change<? extends DeskPair> change) -> floorMap.setConflicts(model.conflicts()));
        listeners.onChange(plan.shownProperty(), (o, before, after) -> floorMap.setPinned(after.pinned()));
        floorMap.setPinned(plan.shownProperty().get().pinned());
        floorMap.setOccupants(model.occupants());
        floorMap.setConflicts(model.conflicts());
    }
}
