package it.scacchiera.ui.main;

import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.floormap.DeskLook;
import it.scacchiera.ui.floormap.Legend;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The pane beside the map: the selected desk, the room's load warnings, and the map's legend. */
public final class DetailsView {
    @FXML
    private Label deskLabel;

    @FXML
    private Label kindLabel;

    @FXML
    private Label conflictsLabel;

    @FXML
    private Label warningsLabel;

    @FXML
    private VBox legend;

    @FXML
    private ResourceBundle resources;

    private final MainViewModel model;
    private MainWording words;

    private DetailsView(MainViewModel model) {
        this.model = model;
    }

    /** In a scroll pane: under a tall why panel the legend scrolls rather than cutting its words off. */
    public static Parent load(MainViewModel model, ResourceBundle bundle) {
        var scroll = new ScrollPane(Fxml.load(DetailsView.class, bundle, new DetailsView(model)));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        return scroll;
    }

    @FXML
    private void initialize() {
        words = new MainWording(resources);
        var listeners = ViewListeners.of(legend);
        listeners.onChange(model.deskDetailsProperty(), (o, before, after) -> showDetails(after));
        showDetails(model.deskDetailsProperty().get());
        listeners.onChange(model.selectedRoomProperty(), (o, before, after) -> showWarnings(after));
        showWarnings(model.selectedRoomProperty().get());
        for (DeskLook look : DeskLook.values()) {
            legend.getChildren().add(new Label(words.look(look), Legend.desk(look)));
        }
        legend.getChildren().add(new Label(resources.getString("legend.pinned"), Legend.pinned()));
        legend.getChildren().add(new Label(resources.getString("legend.pattern"), Legend.pattern()));
        legend.getChildren().add(new Label(resources.getString("legend.conflict"), Legend.conflict()));
        legend.getChildren().forEach(entry -> ((Label) entry).setWrapText(true));
    }

    private void showDetails(DeskDetails details) {
        deskLabel.setText(details == null ? "–" : details.id().label());
        kindLabel.setText(details == null ? "" : words.kind(details.kind()) + lookSuffix(details.look()));
        conflictsLabel.setText(details == null || details.look() == null ? "" : words.conflicts(details.conflicts()));
    }

    private String lookSuffix(DeskLook look) {
        return look == null ? "" : " · " + words.look(look);
    }

    private void showWarnings(RoomSummary room) {
        warningsLabel.setText(
                room == null
                        ? ""
                        : room.warnings().stream()
                                .map(warning -> MessageFormat.format(
                                        resources.getString(
                                                "warning." + warning.kind().name()),
                                        warning.desks().stream()
                                                .map(Object::toString)
                                                .collect(Collectors.joining(", "))))
                                .collect(Collectors.joining("\n")));
    }
}
