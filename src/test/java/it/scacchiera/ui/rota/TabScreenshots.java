package it.scacchiera.ui.rota;

import it.scacchiera.App;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * ten seconds and shows the tab whose title is given; prints READY so a script can take the screenshot
 * (docs/rota.png, docs/service-levels.png). A program, not a test. Its data folder is a fresh temporary
 * one: with the user's own (~/.scacchiera), a running app holding the H2 file may refuse this one, or a kept
 * draft asks to be recovered, and READY never comes. A failed solve prints FAILED.
 */
public final class TabScreenshots {
    private TabScreenshots() {}

    public static void main(String[] args) {
        String tab = args[0];
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.ENGLISH;
        Platform.startup(() -> {
            var stage = new Stage();
            App app;
            try {
                app = new App(Files.createTempDirectory("scacchiera-shot"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var window = new MainWindow(app, stage, locale);
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
                    var tabs = (TabPane) stage.getScene().lookup("#tabs");
                    tabs.getTabs().stream()
                            .filter(t -> t.getText().equals(tab))
                            .findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t));
                    System.out.println("READY");
                } else if (state == SolverState.FAILED) {
                    System.out.println("FAILED " + plan.solveFailureProperty().get());
                }
            });
            window.show(Path.of("floorplans"));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
    }
}
