package it.scacchiera.ui.main;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The site's rooms list: name, desks and capacity, its selection the model's selected room. */
final class RoomsTable {
    private RoomsTable() {}

    static void bind(
            TableView<RoomSummary> roomsTable,
            TableColumn<RoomSummary, String> nameColumn,
            TableColumn<RoomSummary, Number> desksColumn,
            TableColumn<RoomSummary, String> capacityColumn,
            MainViewModel model,
            MainWording words) {
        roomsTable.setItems(model.rooms());
        nameColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().floor().name()));
        desksColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().capacity().desks()));
        capacityColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(words.capacity(row.getValue().capacity())));
        roomsTable.getSelectionModel().select(model.selectedRoomProperty().get());
        roomsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, before, after) -> model.selectedRoomProperty().set(after));
    }
}
