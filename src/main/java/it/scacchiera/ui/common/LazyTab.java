package it.scacchiera.ui.common;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

/** Builds a tab's content when the tab is first selected: a window opens without paying for tabs never looked at. */
public final class LazyTab {
    private LazyTab() {}

    public static void fill(Tab tab, Supplier<Parent> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener((o, before, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }
}
