package it.scacchiera.ui.main;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The why panel under the map, in a split the planner can drag: a third of the height at first, and it
 * keeps its height when the window grows, so the map gets the new room.
 */
final class WhyDock {
    static final double MAP_SHARE = 0.66;

    private WhyDock() {}

    static SplitPane install(BorderPane pane, Node why) {
        var split = new SplitPane(pane.getCenter(), why);
        split.setId("whySplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(MAP_SHARE);
        SplitPane.setResizableWithParent(why, false);
        pane.setCenter(split);
        return split;
    }
}
