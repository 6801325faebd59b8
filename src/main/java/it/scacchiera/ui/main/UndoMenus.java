package it.scacchiera.ui.main;

import it.scacchiera.ui.editor.EditorViewModel;
import it.scacchiera.ui.plan.PlanViewModel;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Undo and Redo twice: Plan ▸ Undo/Redo for the plan's manual changes (map, lists, rota), Room ▸
 * Undo/Redo for the floorplan editor, each enabled by its own history. Both show Ctrl+Z and Ctrl+Y,
 * and a scene holds one action per key: the keys go to the editor on its tab and to the plan elsewhere.
 */
public final class UndoMenus {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoMenus() {}

    /**
     * @param bar the window's menus: the Room menu's undoItem and redoItem, the Plan menu (the third)
     * @param editorShown true while the floorplan editor's tab is in front
     */
    public static void install(
            MenuBar bar,
            Parent root,
            PlanViewModel plan,
            EditorViewModel editor,
            ObservableBooleanValue editorShown,
            ResourceBundle bundle) {
        MenuItem roomUndo = item(bar, "undoItem");
        MenuItem roomRedo = item(bar, "redoItem");
        roomUndo.setOnAction(e -> editor.undo());
        roomRedo.setOnAction(e -> editor.redo());
        roomUndo.disableProperty().bind(editor.canUndoProperty().not());
        roomRedo.disableProperty().bind(editor.canRedoProperty().not());
        var planUndo = new MenuItem(bundle.getString("menu.plan.undo"));
        planUndo.setId("planUndoItem");
        planUndo.setAccelerator(UNDO);
        planUndo.setOnAction(e -> plan.undo());
        planUndo.disableProperty().bind(plan.canUndoProperty().not());
        var planRedo = new MenuItem(bundle.getString("menu.plan.redo"));
        planRedo.setId("planRedoItem");
        planRedo.setAccelerator(REDO);
        planRedo.setOnAction(e -> plan.redo());
        planRedo.disableProperty().bind(plan.canRedoProperty().not());
        Menu planMenu = bar.getMenus().get(2);
        planMenu.getItems().addAll(0, List.of(planUndo, planRedo, new SeparatorMenuItem()));
        // bubbling, so a focused text field undoes its own typing first; before the scene's accelerators
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean editing = editorShown.get();
            MenuItem target = UNDO.match(event)
                    ? (editing ? roomUndo : planUndo)
                    : REDO.match(event) ? (editing ? roomRedo : planRedo) : null;
            if (target != null) {
                if (!target.isDisable()) {
                    target.fire();
                }
                event.consume();
            }
        });
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu item " + id));
    }
}
