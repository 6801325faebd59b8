package it.scacchiera.ui.main;

import it.scacchiera.ui.editor.EditorViewModel;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.plan.PlanViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Keys that act on the tab in front: undo and redo the editor's strokes or the plan's changes, zoom its map. */
final class FrontTab {
    private final TabPane tabs;
    private final Tab editorTab;
    private final EditorViewModel editor;
    private final PlanViewModel plan;
    private final FloorMap floorMap;

    FrontTab(TabPane tabs, Tab editorTab, EditorViewModel editor, PlanViewModel plan, FloorMap floorMap) {
        this.tabs = tabs;
        this.editorTab = editorTab;
        this.editor = editor;
        this.plan = plan;
        this.floorMap = floorMap;
    }

    private boolean editing() {
        return tabs.getSelectionModel().getSelectedItem() == editorTab;
    }

    /** Ctrl+Z undoes the plan's last manual change on the map tab, the editor's last stroke on its tab. */
    void undo() {
        if (editing()) {
            editor.undo();
        } else {
            plan.undo();
        }
    }

    void redo() {
        if (editing()) {
            editor.redo();
        } else {
            plan.redo();
        }
    }

    /** The map of the tab in front: zoom keys work in the editor too. */
    FloorMap map() {
        return editing() ? (FloorMap) editorTab.getContent().lookup("#map") : floorMap;
    }
}
