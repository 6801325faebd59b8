package it.scacchiera.ui.main;

import javafx.scene.Parent;
import javafx.scene.control.TabPane;

/**
 * Which tab is in front, in the window and in the left panel (rooms or operators): a change of language
 * rebuilds the window, and the planner should find it as they left it.
 */
public record ShownTabs(int main, int side) {
    /** The tabs in front in a window built by {@link MainView}. */
    public static ShownTabs of(Parent root) {
        return new ShownTabs(selected(root, "#tabs"), selected(root, "#sideTabs"));
    }

    /** Brings the same tabs to the front in a window built anew. */
    public void showIn(Parent root) {
        root.applyCss(); // skins the tab panes: the left panel's tabs are a tab's content, found through its skin
        select(root, "#sideTabs", side);
        select(root, "#tabs", main);
    }

    private static int selected(Parent root, String id) {
        return ((TabPane) root.lookup(id)).getSelectionModel().getSelectedIndex();
    }

    private static void select(Parent root, String id, int index) {
        var tabs = (TabPane) root.lookup(id);
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }
}
