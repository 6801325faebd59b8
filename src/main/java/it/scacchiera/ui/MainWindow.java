package it.scacchiera.ui;

import it.scacchiera.App;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.site.SiteCreator;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.editor.EditorViewModel;
import it.scacchiera.ui.floormap.MapCell;
import it.scacchiera.ui.main.AppMenus;
import it.scacchiera.ui.main.MainView;
import it.scacchiera.ui.main.MainViewModel;
import it.scacchiera.ui.main.ShownTabs;
import it.scacchiera.ui.main.StatusExpiry;
import it.scacchiera.ui.main.UndoMenus;
import it.scacchiera.ui.plan.PlanPanels;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.ShownShift;
import it.scacchiera.ui.session.SampleSite;
import it.scacchiera.ui.session.UnsavedChanges;
import it.scacchiera.ui.session.WindowSession;
import it.scacchiera.ui.site.NewSiteDialog;
import it.scacchiera.ui.site.WelcomeDialog;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window with its view models, built from the App's services. The models outlive a change of
 * language: switching rebuilds the scene's root from the new bundle and keeps the open site, room and tabs.
 */
public final class MainWindow {
    /** Long enough to let a drag stroke finish, short enough to feel live. */
    static final Duration CAPACITY_DEBOUNCE = Duration.ofMillis(350);

    private final Stage stage;
    private final MainViewModel model;
    private final EditorViewModel editor;
    private final PlanViewModel plan;
    private final PlanPanels panels;
    private final App app;
    private final WindowSession session;
    private final UnsavedChanges unsaved;
    private ResourceBundle bundle;
    private Locale locale; // as chosen: the English bundle is the root one and does not say its locale
    private final Locale machineFormats = Locale.getDefault(Locale.Category.FORMAT);

    /** @param locale the language when the planner has not chosen one in an earlier run */
    public MainWindow(App app, Stage stage, Locale locale) {
        this.stage = stage;
        this.app = app;
        this.locale = locale;
        this.bundle = Bundles.load(locale);
        this.model = new MainViewModel(app.floorReader(), app.background(), () -> bundle);
        this.editor = new EditorViewModel(app.floorReader(), app.floorWriter(), app.background(), CAPACITY_DEBOUNCE);
        editor.setOnSaved(model::roomSaved);
        this.plan = new PlanViewModel(app.planning(), app.background(), Platform::runLater);
        this.session = new WindowSession(app.dataFolder(), app.background(), stage, plan, () -> bundle, model::say);
        if (session.kept().locale() != null) {
            this.locale = session.kept().locale();
            bundle = Bundles.load(this.locale);
        }
        Locale.setDefault(Locale.Category.FORMAT, formats(this.locale)); // see switchLanguage
        session.restore(LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        model.siteProperty().addListener((o, before, after) -> {
            session.siteOpened(after);
            plan.open(app.siteReader(), after);
        });
        model.selectedRoomProperty()
                .addListener((o, before, after) -> plan.roomProperty().set(after == null ? null : after.graph()));
        plan.shownProperty().addListener((o, before, after) -> show(after));
        StatusExpiry.install(model, plan);
        this.panels = new PlanPanels(plan, this::showDesk, app.database(), app.background(), Platform::runLater);
        this.unsaved = new UnsavedChanges(
                () -> plan.dirtyProperty().get(),
                UnsavedChanges.dialog(() -> stage, () -> bundle),
                panels::saveThen,
                plan::markSaved);
        panels.setBeforeOpen(unsaved::check);
        plan.setBeforeNewHorizon(unsaved::check);
        stage.setOnCloseRequest(event -> {
            event.consume(); // the planner may cancel: the window hides only once the plan is safe
            unsaved.check(stage::hide);
        });
        var scene = new Scene(load(), session.kept().width(), session.kept().height());
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.siteNameProperty().get().isEmpty()
                                ? "Scacchiera"
                                : "Scacchiera — " + model.siteNameProperty().get(),
                        model.siteNameProperty()));
    }

    /**
     * Shows the window on {@code site}; null opens the last site, or the planner's copy of the sample.
     * A plan the last run left unsaved is offered back first.
     */
    public void show(Path site) {
        stage.show();
        Path chosen = session.siteToOpen(site);
        if (chosen == null) { // the first start: the sample behind a welcome that offers the other ways in
            model.openSite(sample());
            welcome();
            return;
        }
        model.openSite(java.nio.file.Files.isDirectory(chosen) ? chosen : sample());
    }

    /** The first start: keep exploring the sample, open a site, or make a new site from files. */
    private void welcome() {
        new WelcomeDialog(stage, bundle).show(choice -> {
            switch (choice) {
                case OPEN_SITE -> menuBar().getMenus().get(0).getItems().get(0).fire(); // File ▸ Open site…
                case NEW_SITE -> newSite();
                case OPEN_SAMPLE, CLOSE -> {} // the sample is already open
            }
        });
    }

    /** File ▸ New site…: the new folder opens once it is made (after asking about unsaved changes). */
    private void newSite() {
        new NewSiteDialog(stage, bundle)
                .show(
                        new SiteCreator(),
                        app.background(),
                        Platform::runLater,
                        folder -> unsaved.check(() -> model.openSite(folder)));
    }

    private Path sample() {
        try {
            return SampleSite.copy(app.installedSample(), app.dataFolder());
        } catch (java.io.IOException e) {
            model.tell("sample.failed", Failures.describe(e));
            return app.installedSample();
        }
    }

    private Parent load() {
        Parent root =
                MainView.load(new MainView.Parts(model, editor, plan, panels, unsaved), bundle, this::switchLanguage);
        MenuBar bar = (MenuBar) ((BorderPane) root).getTop();
        new AppMenus(bundle, stage, this::newSite, model::say).install(bar);
        var tabs = (javafx.scene.control.TabPane) root.lookup("#tabs");
        UndoMenus.install(
                bar,
                root,
                plan,
                editor,
                Bindings.createBooleanBinding(
                        () -> "editorTab"
                                .equals(tabs.getSelectionModel()
                                        .getSelectedItem()
                                        .getId()),
                        tabs.getSelectionModel().selectedItemProperty()),
                bundle);
        return root;
    }

    private MenuBar menuBar() {
        return (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
    }

    /** Rebuilds the scene in another language; the models keep their state. */
    public void switchLanguage(Locale chosen) {
        locale = chosen;
        session.languageChosen(chosen);
        bundle = Bundles.load(chosen);
        // JavaFX's DatePicker popup names months and days in the default FORMAT locale and has no setter
        // for it: the window's language is that default while the window is open (close() puts it back)
        Locale.setDefault(Locale.Category.FORMAT, formats(chosen));
        var shown = ShownTabs.of(stage.getScene().getRoot());
        stage.getScene().setRoot(load());
        shown.showIn(stage.getScene().getRoot());
        model.reword();
    }

    /**
     * The FORMAT locale for a language: the machine's when it speaks that language (its region says which
     * day starts the week), else Italy's for Italian (weeks from Monday; plain "it" would start on Sunday).
     */
    private Locale formats(Locale language) {
        if (machineFormats.getLanguage().equals(language.getLanguage())) {
            return machineFormats;
        }
        return language.getLanguage().equals(Bundles.ITALIAN.getLanguage()) ? Locale.ITALY : language;
    }

    /** Asks about unsaved changes as a close request would, then hides the window (Ctrl+Q). */
    public void quit() {
        unsaved.check(stage::hide);
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

    /**
     * Keeps the settings and an unsaved draft, then stops background work started by the window; the
     * App's executor is closed by its owner.
     */
    public void close() {
        Locale.setDefault(Locale.Category.FORMAT, machineFormats);
        session.close(locale);
        editor.close();
        model.cancel();
        plan.stop();
        panels.close();
    }

    public Stage stage() {
        return stage;
    }

    /** The window's words in its language now. */
    public ResourceBundle bundle() {
        return bundle;
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
