package it.scacchiera.ui.main;

import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.LazyTab;
import it.scacchiera.ui.common.NumberCell;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.editor.EditorView;
import it.scacchiera.ui.editor.EditorViewModel;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.plan.MapActions;
import it.scacchiera.ui.plan.PlanBar;
import it.scacchiera.ui.plan.PlanPanels;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.RemoteWorker;
import it.scacchiera.ui.plans.PlansView;
import it.scacchiera.ui.print.PdfPrint;
import it.scacchiera.ui.report.ReportView;
import it.scacchiera.ui.report.ReportViewModel;
import it.scacchiera.ui.roster.OperatorListView;
import it.scacchiera.ui.roster.OperatorListViewModel;
import it.scacchiera.ui.rota.RotaView;
import it.scacchiera.ui.rota.RotaViewModel;
import it.scacchiera.ui.session.UnsavedChanges;
import it.scacchiera.ui.why.WhyView;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.*;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The main window: binds the rooms list, map, details and status bar to the models, forwards actions. */
public final class MainView {
    @FXML
    private TabPane tabs;

    @FXML
    private SplitPane split;

    @FXML
    private Tab editorTab;

    @FXML
    private TableView<RoomSummary> roomsTable;

    @FXML
    private TableColumn<RoomSummary, String> nameColumn;

    @FXML
    private TableColumn<RoomSummary, Number> desksColumn;

    @FXML
    private TableColumn<RoomSummary, String> capacityColumn;

    @FXML
    private FloorMap floorMap;

    @FXML
    private BorderPane planPane;

    @FXML
    private BorderPane mapTabPane;

    @FXML
    private Tab operatorsTab;

    @FXML
    private Tab plansTab;

    @FXML
    private Tab rotaTab;

    @FXML
    private Tab reportTab;

    @FXML
    private ListView<RemoteWorker> remoteList;

    @FXML
    private CheckMenuItem patternItem;

    @FXML
    private RadioMenuItem englishItem;

    @FXML
    private RadioMenuItem italianItem;

    @FXML
    private org.controlsfx.control.StatusBar statusBar;

    @FXML
    private ResourceBundle resources;

    /** The window's models, and the question asked before the plan on screen goes. */
    public record Parts(
            MainViewModel model,
            EditorViewModel editor,
            PlanViewModel plan,
            PlanPanels panels,
            UnsavedChanges unsaved) {}

    private final MainViewModel model;
    private final EditorViewModel editor;
    private final PlanViewModel plan;
    private final PlanPanels panels;
    private final UnsavedChanges unsaved;
    private final Consumer<Locale> switchLanguage;
    private PlanActions actions; // needs the bundle, which FXML injects
    private FrontTab front; // needs the tabs, which FXML injects

    private MainView(Parts parts, Consumer<Locale> switchLanguage) {
        this.model = parts.model();
        this.editor = parts.editor();
        this.plan = parts.plan();
        this.panels = parts.panels();
        this.unsaved = parts.unsaved();
        this.switchLanguage = switchLanguage;
    }

    public static Parent load(Parts parts, ResourceBundle bundle, Consumer<Locale> switchLanguage) {
        return Fxml.load(MainView.class, bundle, new MainView(parts, switchLanguage));
    }

    @FXML
    private void initialize() {
        var words = new MainWording(resources);
        var listeners = ViewListeners.of(floorMap);
        front = new FrontTab(tabs, editorTab, floorMap);
        RoomsTable.bind(roomsTable, nameColumn, desksColumn, capacityColumn, model, words);
        actions = new PlanActions(
                plan, resources, model::say, () -> statusBar.getScene().getWindow(), () -> model.siteProperty()
                        .get());
        desksColumn.setCellFactory(column -> new NumberCell<>(resources.getLocale()));
        listeners.onChange(model.selectedRoomProperty(), (o, before, after) -> showRoom(after));
        showRoom(model.selectedRoomProperty().get());
        MapBinding.bind(floorMap, model, plan, words, listeners);
        patternItem.selectedProperty().bindBidirectional(model.showPatternProperty());
        split.getItems().add(DetailsView.load(model, resources));
        split.setDividerPositions(0.24, 0.8); // the FXML had two panes only; now three
        StatusBarBinding.bind(statusBar, model, plan, resources);
        mapTabPane.setTop(PlanBar.load(plan, resources));
        var operatorItems = new java.util.LinkedHashMap<String, Consumer<String>>();
        operatorItems.put("menu.plan.absent", actions::markAbsent);
        operatorItems.put("menu.plan.contacts", actions::contacts);
        MapActions.install(plan, floorMap, remoteList, resources, operatorItems);
        WhyDock.install(mapTabPane, WhyView.load(panels.why(), resources));
        listeners.onChange(panels.operatorsProperty(), (o, before, after) -> showOperators(after));
        showOperators(panels.operatorsProperty().get());
        listeners.onChange(tabs.getSelectionModel().selectedItemProperty(), (o, before, after) -> {
            if (after == plansTab && panels.plans() != null) {
                plansTab.setContent(PlansView.load(panels.plans(), resources));
            }
        });
        editorTab.setContent(EditorView.load(editor, resources));
        var pdf = new PdfPrint(resources, ForkJoinPool.commonPool(), model::say);
        LazyTab.fill(rotaTab, () -> RotaView.load(new RotaViewModel(plan), resources, pdf));
        LazyTab.fill(reportTab, () -> ReportView.load(new ReportViewModel(plan, model.rooms()), resources, pdf));
        (resources.getLocale().getLanguage().equals("it") ? italianItem : englishItem).setSelected(true);
    }

    private void showOperators(OperatorListViewModel list) {
        operatorsTab.setContent(
                list == null
                        ? new Label(resources.getString("plan.noOperators"))
                        : OperatorListView.load(list, resources));
    }

    private void showRoom(RoomSummary room) {
        roomsTable.getSelectionModel().select(room);
        floorMap.setGraph(room == null ? null : room.graph());
        floorMap.setPattern(
                room == null ? Set.of() : new HashSet<>(room.capacity().pattern()));
    }

    @FXML
    private void onOpenSite() {
        var chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("menu.file.open"));
        var folder = chooser.showDialog(roomsTable.getScene().getWindow());
        if (folder != null) {
            unsaved.check(() -> model.openSite(folder.toPath()));
        }
    }

    @FXML
    private void onReload() {
        model.reload();
    }

    @FXML
    private void onQuit() {
        // as the window's close button: the window asks about unsaved changes before it hides
        Window window = roomsTable.getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void onNewRoom() {
        editor.newRoom(model.siteProperty().get());
        tabs.getSelectionModel().select(editorTab);
    }

    @FXML
    private void onSave() {
        editor.save();
    }

    @FXML
    private void onSolve() {
        plan.solve();
    }

    @FXML
    private void onStop() {
        plan.stop();
    }

    @FXML
    private void onMarkAbsent() {
        actions.markAbsent(null);
    }

    @FXML
    private void onContacts() {
        actions.contacts(null);
    }

    @FXML
    private void onPlanSettings() {
        ((Button) mapTabPane.getTop().lookup("#settingsButton")).fire();
    }

    @FXML
    private void onExport() {
        actions.export();
    }

    @FXML
    private void onPrint() {
        actions.print();
    }

    @FXML
    private void onSheet() {
        actions.sheet();
    }

    @FXML
    private void onZoomIn() {
        front.map().zoom(1.25);
    }

    @FXML
    private void onZoomOut() {
        front.map().zoom(0.8);
    }

    @FXML
    private void onFit() {
        front.map().fit();
    }

    @FXML
    private void onEnglish() {
        switchLanguage.accept(Bundles.ENGLISH);
    }

    @FXML
    private void onItalian() {
        switchLanguage.accept(Bundles.ITALIAN);
    }

    @FXML
    private void onEditRoom() {
        RoomSummary room = model.selectedRoomProperty().get();
        if (room != null) {
            editor.open(room.floor(), model.siteProperty().get());
            tabs.getSelectionModel().select(editorTab);
        }
    }
}
