package it.scacchiera.ui.main;

import it.scacchiera.ui.floormap.FloorMap;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tab in front: zoom keys act on its map (the editor's or the plan's). */
final class FrontTab {
    private final TabPane tabs;
    private final Tab editorTab;
    private final FloorMap floorMap;

    FrontTab(TabPane tabs, Tab editorTab, FloorMap floorMap) {
        this.tabs = tabs;
        this.editorTab = editorTab;
        this.floorMap = floorMap;
    }

    private boolean editing() {
        return tabs.getSelectionModel().getSelectedItem() == editorTab;
    }

    /** The map of the tab in front: zoom keys work in the editor too. */
    FloorMap map() {
        return editing() ? (FloorMap) editorTab.getContent().lookup("#map") : floorMap;
    }
}
