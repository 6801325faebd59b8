package it.scacchiera.ui.rota;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * One operator on one date: the shift code on its shift's colour, then the room/desk or a remote mark;
 * a dash when off, a cross when unavailable. Its context menu sets a shift, a day off or remote.
 */
final class RotaDayCell extends TableCell<RotaRow, RotaCell> {
    static final String REMOTE_MARK = "\u2302"; // ⌂ a house: working from home

    private final LocalDate date;
    private final RotaViewModel model;
    private final ResourceBundle bundle;

    RotaDayCell(LocalDate date, RotaViewModel model, ResourceBundle bundle) {
        this.date = date;
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("rota-cell");
        setOnContextMenuRequested(event -> {
            if (getTableRow() != null && getTableRow().getItem() != null) {
                menu(getTableRow().getItem().operator().id()).show(this, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
    }

    @Override
    protected void updateItem(RotaCell cell, boolean empty) {
        super.updateItem(cell, empty);
        getStyleClass().removeIf(style -> style.startsWith("rota-") && !style.equals("rota-cell"));
        setTooltip(null);
        if (empty || cell == null) {
            setText(null);
            return;
        }
        setText(
                cell.kind() == RotaCell.Kind.OFFICE
                        ? cell.shift() + " " + model.roomLabel(cell.room()) + " "
                                + cell.desk().label()
                        : text(cell));
        switch (cell.kind()) {
            case OFF -> getStyleClass().add("rota-off");
            case UNAVAILABLE -> getStyleClass().add("rota-unavailable");
            default ->
                getStyleClass().add("rota-shift-" + Math.max(0, model.shifts().indexOf(cell.shift())) % 6);
        }
        if (cell.pinned()) {
            getStyleClass().add("rota-pinned");
        }
        String tip = tooltip(cell);
        if (tip != null) {
            setTooltip(new Tooltip(tip));
        }
    }

    static String text(RotaCell cell) {
        return switch (cell.kind()) {
            case OFF -> "\u2013";
            case UNAVAILABLE -> "\u2715";
            case REMOTE -> cell.shift() + " " + REMOTE_MARK;
            case OFFICE -> cell.shift() + " " + cell.place();
        };
    }

    private String tooltip(RotaCell cell) {
        return switch (cell.kind()) {
            case OFF -> bundle.getString("rota.off");
            case UNAVAILABLE -> bundle.getString("rota.unavailable");
            case REMOTE -> MessageFormat.format(bundle.getString("rota.remote.tip"), cell.shift());
            case OFFICE ->
                MessageFormat.format(
                        bundle.getString("rota.office.tip"),
                        cell.shift(),
                        cell.room(),
                        cell.desk().label());
        };
    }

    private ContextMenu menu(String operatorId) {
        var menu = new ContextMenu();
        boolean editable = model.editable(operatorId, date);
        for (String shift : model.shifts()) {
            var item = new MenuItem(MessageFormat.format(bundle.getString("rota.setShift"), shift));
            item.getStyleClass().add("rota-set-shift-" + shift);
            item.setDisable(!editable);
            item.setOnAction(event -> model.setShift(operatorId, date, shift));
            menu.getItems().add(item);
        }
        var off = new MenuItem(bundle.getString("rota.setOff"));
        off.getStyleClass().add("rota-set-off");
        off.setDisable(!editable);
        off.setOnAction(event -> model.setOff(operatorId, date));
        var remote = new MenuItem(bundle.getString("rota.setRemote"));
        remote.getStyleClass().add("rota-set-remote");
        remote.setDisable(!editable);
        remote.setOnAction(event -> model.setRemote(operatorId, date));
        menu.getItems().addAll(new SeparatorMenuItem(), off, remote);
        return menu;
    }
}
