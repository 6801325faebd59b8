package it.scacchiera.ui.plan;

import it.scacchiera.App;
import it.scacchiera.ui.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Opens the real window on the sample site under a display (Xvfb), solves the week of 23 November 2026 for
 * ten seconds, selects a room (by name) and a side tab (by title), and prints READY so a script can take
 * the screenshot (docs/screenshot.png). With {@code drag}, one operator is then moved next to another, as a
 * planner's drag would: the red line, the pin and the why panel show. A program, not a test:
 * {@code MainScreenshot [room] [side tab] [lang] [drag]}.
 */
public final class MainScreenshot {
    private MainScreenshot() {}

    public static void main(String[] args) {
        String room = args.length > 0 ? args[0] : "";
        String side = args.length > 1 ? args[1] : "";
        Locale locale = args.length > 2 ? Locale.forLanguageTag(args[2]) : Locale.ENGLISH;
        boolean drag = args.length > 3 && args[3].equals("drag");
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
                    // a planner drags seconds after the solve
                    var later = new PauseTransition(javafx.util.Duration.seconds(drag ? 3 : 0.01));
                    later.setOnFinished(event -> {
                        if (drag) {
                            var seated = plan.shownProperty().get().operators();
                            var move = PlanViewModelTest.freeDeskNextToOther(
                                    plan.roomProperty().get(), seated);
                            plan.moveToDesk(seated.get(move[0]), move[1]);
                        }
                        System.out.println("READY");
                    });
                    later.play();
                }
            });
            window.show(Path.of("floorplans"));
        });
    }
}
