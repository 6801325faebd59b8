package it.scacchiera.ui.plan;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The status bar's planning fields: score (hard/medium/soft), coverage (covered/required), solver state. */
public final class PlanStatus {
    private PlanStatus() {}

    public static List<Node> labels(PlanViewModel model, ResourceBundle bundle) {
        var score = new Label();
        score.setId("scoreLabel");
        score.getStyleClass().add("score");
        score.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.scoreProperty().get() == null
                                ? ""
                                : MessageFormat.format(
                                        bundle.getString("status.score"),
                                        model.scoreProperty().get().hardScore(),
                                        model.scoreProperty().get().mediumScore(),
                                        model.scoreProperty().get().softScore()),
                        model.scoreProperty()));
        score.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.scoreProperty().get() != null
                                        && model.scoreProperty().get().hardScore() < 0
                                ? "-fx-text-fill: #d32f2f;"
                                : "",
                        model.scoreProperty()));
        var coverage = new Label();
        coverage.setId("coverageLabel");
        coverage.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.coverageProperty().get().required() == 0
                                ? ""
                                : MessageFormat.format(
                                        bundle.getString("status.coverage"),
                                        model.coverageProperty().get().covered(),
                                        model.coverageProperty().get().required()),
                        model.coverageProperty()));
        var state = new Label();
        state.setId("solverState");
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> bundle.getString(
                                "solver." + model.stateProperty().get().name().toLowerCase(Locale.ROOT)),
                        model.stateProperty()));
        List.of(score, coverage, state).forEach(label -> label.getStyleClass().add("plan-status"));
        return List.of(score, coverage, state);
    }
}
