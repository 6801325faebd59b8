package it.scacchiera.ui.main;

import it.scacchiera.App;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Opens the real window on the sample site under a display (Xvfb), solves the week of 23 November 2026 for
 * ten seconds, selects a room (by name) and a side tab (by title), and prints READY so a script can take
 * the screenshot (docs/screenshot.png). A program, not a test: {@code MainScreenshot [room] [side tab] [lang]}.
 */
public final class MainScreenshot {
    private MainScreenshot() {}

    public static void main(String[] args) {
        String room = args.length > 0 ? args[0] : "";
        String side = args.length > 1 ? args[1] : "";
        Locale locale = args.length > 2 ? Locale.forLanguageTag(args[2]) : Locale.ENGLISH;
        Platform.startup(() -> {
            var stage = new Stage();
            var window = new MainWindow(new App(), stage, locale);
            var plan = window.plan();
            plan.siteProperty().addListener((o, before, site) -> {
                if (site != null) {
                    plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(10), Set.of(), 30));
                    plan.weekStartProperty().set(LocalDate.of(2026, 11, 23));
                    Platform.runLater(plan::solve); // after setSite has reset the horizon
                }
            });
            plan.stateProperty().addListener((o, before, state) -> {
                if (state == SolverState.SOLVED || state == SolverState.STOPPED || state == SolverState.KEPT) {
                    window.model().rooms().stream()
                            .filter(r -> r.floor().name().equals(room))
                            .findFirst()
                            .ifPresent(
                                    r -> window.model().selectedRoomProperty().set(r));
                    var tabs = (TabPane) stage.getScene().lookup(".side-tabs");
                    tabs.getTabs().stream()
                            .filter(t -> t.getText().equals(side))
                            .findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t));
                    System.out.println("READY");
                }
            });
            window.show(Path.of("floorplans"));
        });
    }
}
