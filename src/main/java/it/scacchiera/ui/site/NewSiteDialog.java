package it.scacchiera.ui.site;

import it.scacchiera.site.SiteCreator;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ New site…: choose the rooms and the three planning CSVs and a new folder; every file is read
 * off the FX thread before anything is copied, and each problem is listed with its position.
 */
public final class NewSiteDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ObservableList<Path> floors = FXCollections.observableArrayList();
    private final TextField shifts = new TextField();
    private final TextField operators = new TextField();
    private final TextField demand = new TextField();
    private final TextField parent = new TextField();
    private final TextField name = new TextField();
    private final ListView<String> problems = new ListView<>();
    private final ResourceBundle bundle;

    public NewSiteDialog(Window owner, ResourceBundle bundle) {
        this.bundle = bundle;
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("newsite.title"));
        dialog.setHeaderText(bundle.getString("newsite.header"));
        var rooms = new ListView<>(floors);
        rooms.setPrefHeight(110);
        var addRooms = new Button(bundle.getString("newsite.addRooms"));
        addRooms.setOnAction(e -> chooseRooms(owner));
        var remove = new Button(bundle.getString("newsite.remove"));
        remove.setOnAction(e -> floors.removeAll(rooms.getSelectionModel().getSelectedItems()));
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(bundle.getString("newsite.rooms")), rooms, new HBox(6, addRooms, remove));
        fileRow(grid, 1, "shifts.csv", shifts, owner);
        fileRow(grid, 2, "operators.csv", operators, owner);
        fileRow(grid, 3, "demand.csv", demand, owner);
        var browse = new Button(bundle.getString("newsite.choose"));
        browse.setOnAction(e -> {
            var chooser = new DirectoryChooser();
            var folder = chooser.showDialog(owner);
            if (folder != null) {
                parent.setText(folder.getPath());
            }
        });
        grid.addRow(4, new Label(bundle.getString("newsite.parent")), parent, browse);
        grid.addRow(5, new Label(bundle.getString("newsite.name")), name);
        problems.getStyleClass().add("problems");
        problems.setPrefHeight(90);
        problems.setPlaceholder(new Label(bundle.getString("newsite.noProblems")));
        grid.add(problems, 0, 6, 3, 1);
        GridPane.setHgrow(rooms, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(bundle.getString("newsite.create"));
    }

    /**
     * Shows the dialog; Create checks and copies on {@code background}, then calls {@code opened} with
     * the new folder on {@code fxThread} and closes. Problems keep the dialog open.
     */
    public void show(SiteCreator creator, Executor background, Executor fxThread, Consumer<Path> opened) {
        Button create = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (parent.getText().isBlank() || name.getText().isBlank()) {
                problems.getItems().setAll(bundle.getString("newsite.noTarget"));
                return;
            }
            var sources = new SiteCreator.Sources(List.copyOf(floors), path(shifts), path(operators), path(demand));
            Path target =
                    Path.of(parent.getText().strip()).resolve(name.getText().strip());
            create.setDisable(true);
            background.execute(() -> {
                try {
                    Path made = creator.create(sources, target);
                    fxThread.execute(() -> {
                        dialog.close();
                        opened.accept(made);
                    });
                } catch (SiteCreator.InvalidSiteException e) {
                    List<String> lines =
                            e.problems().stream().map(NewSiteDialog::line).toList();
                    fxThread.execute(() -> showProblems(lines, create));
                } catch (Exception e) {
                    String line = e.getClass().getSimpleName() + ": " + e.getMessage();
                    fxThread.execute(() -> showProblems(List.of(line), create));
                }
            });
        });
        dialog.show();
    }

    private void showProblems(List<String> lines, Button create) {
        problems.getItems().setAll(lines);
        create.setDisable(false);
    }

    private static String line(SiteCreator.Problem problem) {
        String message = problem.message();
        return problem.file() == null || message.startsWith(problem.file().getFileName() + ":")
                ? message
                : problem.file().getFileName() + ": " + message;
    }

    private static Path path(TextField field) {
        return Path.of(field.getText().strip());
    }

    private void fileRow(GridPane grid, int row, String file, TextField field, Window owner) {
        var choose = new Button(bundle.getString("newsite.choose"));
        choose.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            var chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                field.setText(chosen.getPath());
            }
        });
        field.setPromptText(file);
        field.setId(file);
        grid.addRow(row, new Label(file), field, choose);
    }

    private void chooseRooms(Window owner) {
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Floorplans", "*.floor"));
        var chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null) {
            chosen.stream()
                    .map(f -> f.toPath())
                    .filter(p -> !floors.contains(p))
                    .forEach(floors::add);
        }
    }

    /** For tests: fill the form as a planner would through the choosers. */
    void fill(List<Path> rooms, Path shiftsFile, Path operatorsFile, Path demandFile, Path folder, String siteName) {
        floors.setAll(rooms);
        shifts.setText(shiftsFile.toString());
        operators.setText(operatorsFile.toString());
        demand.setText(demandFile.toString());
        parent.setText(folder.toString());
        name.setText(siteName);
    }

    List<String> problems() {
        return List.copyOf(problems.getItems());
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
