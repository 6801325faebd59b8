package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.ui.common.OperatorTransfer;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.floormap.MapCell;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;

/**
 * What planners do with their hands on the map and the remote list: drag an operator to a desk (an
 * occupant swaps) or to the remote list, right-click or keys to pin, send home or work remotely, and
 * Ctrl+X / Ctrl+V to move with the keyboard alone. Every action goes to the view model as a command.
 */
public final class MapActions {
    private final PlanViewModel model;
    private final FloorMap map;
    private final ResourceBundle bundle;
    private final Map<String, Consumer<String>> more; // bundle key of a menu item -> what it does with the operator id
    private String cut; // the operator taken with Ctrl+X, put down with Ctrl+V

    private MapActions(PlanViewModel model, FloorMap map, ResourceBundle bundle, Map<String, Consumer<String>> more) {
        this.model = model;
        this.map = map;
        this.bundle = bundle;
        this.more = more;
    }

    public static void install(
            PlanViewModel model, FloorMap map, ListView<RemoteWorker> remote, ResourceBundle bundle) {
        install(model, map, remote, bundle, Map.of());
    }

    /** @param more further items of an operator's context menu (Mark absent…, Contact list…), in order */
    public static void install(
            PlanViewModel model,
            FloorMap map,
            ListView<RemoteWorker> remote,
            ResourceBundle bundle,
            Map<String, Consumer<String>> more) {
        var actions = new MapActions(model, map, bundle, more);
        actions.installOnMap();
        actions.installOnRemote(remote);
    }

    private String occupant(MapCell cell) {
        return cell == null ? null : model.shownProperty().get().operators().get(cell.deskId());
    }

    private boolean assignableDesk(MapCell cell) {
        return cell != null && map.getGraph() != null && map.getGraph().floor().kind(cell.deskId()) == CellKind.DESK;
    }

    private void installOnMap() {
        map.setDragSource(cell -> occupant(cell) != null);
        map.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            String operator = occupant(map.cellAt(event.getX(), event.getY()));
            if (operator != null) {
                startDrag(map.startDragAndDrop(TransferMode.MOVE), operator);
                event.consume();
            }
        });
        map.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasContent(OperatorTransfer.format())
                    && assignableDesk(map.cellAt(event.getX(), event.getY()))) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        map.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            MapCell cell = map.cellAt(event.getX(), event.getY());
            Object operator = event.getDragboard().getContent(OperatorTransfer.format());
            boolean done = operator instanceof String id && assignableDesk(cell) && model.moveToDesk(id, cell.deskId());
            event.setDropCompleted(done);
            event.consume();
        });
        map.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            MapCell cell = map.cellAt(event.getX(), event.getY());
            String operator = occupant(cell);
            if (operator != null) {
                map.selectedCellProperty().set(cell);
                menu(operator, true).show(map, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyOnMap);
    }

    private void keyOnMap(KeyEvent event) {
        MapCell cell = map.selectedCellProperty().get();
        String operator = occupant(cell);
        boolean handled = true;
        if (event.isShortcutDown() && event.getCode() == KeyCode.X && operator != null) {
            cut = operator;
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.V && cut != null && assignableDesk(cell)) {
            model.moveToDesk(cut, cell.deskId());
            cut = null;
        } else if (!event.isShortcutDown() && operator != null) {
            handled = keyOnOperator(event.getCode(), operator);
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private boolean keyOnOperator(KeyCode code, String operator) {
        switch (code) {
            case P -> model.togglePin(operator);
            case DELETE, BACK_SPACE -> model.sendHome(operator);
            case R -> model.moveToRemote(operator);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void installOnRemote(ListView<RemoteWorker> remote) {
        remote.setItems(model.remote());
        remote.setCellFactory(list -> new RemoteCell(bundle));
        remote.setOnDragDetected(event -> {
            RemoteWorker worker = remote.getSelectionModel().getSelectedItem();
            if (worker != null) {
                startDrag(remote.startDragAndDrop(TransferMode.MOVE), worker.operatorId());
                event.consume();
            }
        });
        remote.setOnDragOver(event -> {
            if (event.getGestureSource() != remote && event.getDragboard().hasContent(OperatorTransfer.format())) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        remote.setOnDragDropped(event -> {
            Object operator = event.getDragboard().getContent(OperatorTransfer.format());
            event.setDropCompleted(operator instanceof String id && model.moveToRemote(id));
            event.consume();
        });
        remote.setOnContextMenuRequested(event -> {
            RemoteWorker worker = remote.getSelectionModel().getSelectedItem();
            if (worker != null) {
                menu(worker.operatorId(), false).show(remote, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        remote.setOnKeyPressed(event -> {
            RemoteWorker worker = remote.getSelectionModel().getSelectedItem();
            if (worker == null) {
                return;
            }
            if (event.isShortcutDown() && event.getCode() == KeyCode.X) {
                cut = worker.operatorId();
                event.consume();
            } else if (!event.isShortcutDown() && keyOnOperator(event.getCode(), worker.operatorId())) {
                event.consume();
            }
        });
    }

    private void startDrag(javafx.scene.input.Dragboard board, String operator) {
        var content = new ClipboardContent();
        content.put(OperatorTransfer.format(), operator);
        content.putString(operator);
        board.setContent(content);
    }

    private ContextMenu menu(String operator, boolean atDesk) {
        var pin = new MenuItem(bundle.getString(model.isPinned(operator) ? "plan.unpin" : "plan.pin"));
        pin.setOnAction(e -> model.togglePin(operator));
        var home = new MenuItem(bundle.getString("plan.sendHome"));
        home.setOnAction(e -> model.sendHome(operator));
        var menu = new ContextMenu(pin, home);
        if (atDesk) {
            var remote = new MenuItem(bundle.getString("plan.toRemote"));
            remote.setOnAction(e -> model.moveToRemote(operator));
            menu.getItems().add(remote);
        }
        if (!more.isEmpty()) {
            menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        }
        more.forEach((key, action) -> {
            var item = new MenuItem(bundle.getString(key));
            item.setOnAction(e -> action.accept(operator));
            menu.getItems().add(item);
        });
        return menu;
    }
}
