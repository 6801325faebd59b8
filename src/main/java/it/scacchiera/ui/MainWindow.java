package it.scacchiera.ui;

import it.scacchiera.App;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.editor.EditorViewModel;
import it.scacchiera.ui.floormap.MapCell;
import it.scacchiera.ui.main.MainView;
import it.scacchiera.ui.main.MainViewModel;
import it.scacchiera.ui.plan.PlanPanels;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.ShownShift;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window with its view models, built from the App's services. The models outlive a change of
 * language: switching rebuilds the scene's root from the new bundle and keeps the open site and room.
 */
public final class MainWindow {
    /** Long enough to let a drag stroke finish, short enough to feel live. */
    static final Duration CAPACITY_DEBOUNCE = Duration.ofMillis(350);

    private final Stage stage;
    private final MainViewModel model;
    private final EditorViewModel editor;
    private final PlanViewModel plan;
    private final PlanPanels panels;
    private ResourceBundle bundle;

    public MainWindow(App app, Stage stage, Locale locale) {
        this.stage = stage;
        this.bundle = Bundles.load(locale);
        this.model = new MainViewModel(app.floorReader(), app.background(), () -> bundle);
        this.editor = new EditorViewModel(app.floorReader(), app.floorWriter(), app.background(), CAPACITY_DEBOUNCE);
        editor.setOnSaved(model::roomSaved);
        this.plan = new PlanViewModel(app.planning(), app.background(), Platform::runLater);
        plan.weekStartProperty().set(LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        model.siteProperty().addListener((o, before, after) -> plan.open(app.siteReader(), after));
        model.selectedRoomProperty()
                .addListener((o, before, after) -> plan.roomProperty().set(after == null ? null : after.graph()));
        plan.shownProperty().addListener((o, before, after) -> show(after));
        this.panels = new PlanPanels(plan, this::showDesk, app.database(), app.background(), Platform::runLater);
        var scene = new Scene(MainView.load(model, editor, plan, panels, bundle, this::switchLanguage), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.siteNameProperty().get().isEmpty()
                                ? "Scacchiera"
                                : "Scacchiera — " + model.siteNameProperty().get(),
                        model.siteNameProperty()));
    }

    public void show(Path site) {
        stage.show();
        model.openSite(site);
    }

    /** Rebuilds the scene in another language; the models keep their state. */
    public void switchLanguage(Locale locale) {
        bundle = Bundles.load(locale);
        stage.getScene().setRoot(MainView.load(model, editor, plan, panels, bundle, this::switchLanguage));
    }

    /** Shows a room by id and, when given, selects a desk in it (a reason, an operator). */
    private void showDesk(String roomId, DeskId desk) {
        model.rooms().stream()
                .filter(room -> room.floor().id().equals(roomId))
                .findFirst()
                .ifPresent(room -> {
                    model.selectedRoomProperty().set(room);
                    if (desk != null) {
                        model.selectedCellProperty().set(MapCell.of(desk));
                    }
                });
    }

    /** The shown shift's occupants and conflicts go where the map and the details pane read them. */
    private void show(ShownShift shown) {
        model.occupants().keySet().retainAll(shown.occupants().keySet());
        model.occupants().putAll(shown.occupants());
        model.conflicts().setAll(shown.conflicts());
    }

    /** Stops background work started by the window; the App's executor is closed by its owner. */
    public void close() {
        editor.close();
        model.cancel();
        plan.stop();
        panels.close();
    }

    public MainViewModel model() {
        return model;
    }

    public PlanPanels panels() {
        return panels;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public EditorViewModel editor() {
        return editor;
    }
}
