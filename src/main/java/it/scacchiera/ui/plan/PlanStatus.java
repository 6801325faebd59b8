package it.scacchiera.ui.plan;

import it.scacchiera.ui.common.Messages;
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
                                : Messages.format(
                                        bundle,
                                        "status.score",
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
                        () -> coverageText(model.coverageProperty().get(), bundle), model.coverageProperty()));
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

    /** "Coverage 95/100", and once a solve proved a bound, "short 5, at least 3 unavoidable" or "optimal". */
    static String coverageText(Coverage coverage, ResourceBundle bundle) {
        if (coverage.required() == 0) {
            return "";
        }
        // Nothing short needs no proof: the bound speaks only when the plan leaves demand uncovered.
        String key = coverage.unavoidable() < 0 || coverage.shortfall() == 0
                ? "status.coverage"
                : coverage.shortfall() == coverage.unavoidable() ? "status.coverage.optimal" : "status.coverage.bound";
        return Messages.format(
                bundle, key, coverage.covered(), coverage.required(), coverage.shortfall(), coverage.unavoidable());
    }
}
