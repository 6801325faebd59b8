package it.scacchiera.ui.plan;

import it.scacchiera.planning.Plan;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.ScoreReport;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * What the map and the status bar show of the plan on screen: the shown shift and its remote workers,
 * the score (rescored off the FX thread after each change), the coverage, and a revision that moves on
 * with every plan shown or changed.
 */
final class PlanDisplay {
    private final PlanViewModel model;
    private final PlanningService planning;
    private final LiveScore liveScore;
    private final ReadOnlyObjectWrapper<ShownShift> shown;
    private final ObservableList<RemoteWorker> remote = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HardMediumSoftScore> score;
    private final ReadOnlyObjectWrapper<Coverage> coverage;
    private final ReadOnlyLongWrapper lastUpdateMicros;
    private final ReadOnlyIntegerWrapper revision;

    /** @param model the plan, also named as the properties' bean */
    PlanDisplay(PlanViewModel model, PlanningService planning, Executor background, Executor fxThread) {
        this.model = model;
        this.planning = planning;
        this.liveScore = new LiveScore(planning, background, fxThread);
        this.shown = new ReadOnlyObjectWrapper<>(model, "shown", ShownShift.EMPTY);
        this.score = new ReadOnlyObjectWrapper<>(model, "score");
        this.coverage = new ReadOnlyObjectWrapper<>(model, "coverage", Coverage.NONE);
        this.lastUpdateMicros = new ReadOnlyLongWrapper(model, "lastUpdateMicros");
        this.revision = new ReadOnlyIntegerWrapper(model, "revision");
    }

    /** The plan on screen is replaced: scores still to come for the one before are dropped. */
    void forget() {
        liveScore.forget();
    }

    /** No plan: no score, no coverage. */
    void clear() {
        score.set(null);
        coverage.set(Coverage.NONE);
    }

    /**
     * Redraws the shown shift and its coverage at once; the score follows from the background executor
     * ({@link LiveScore}: a burst of changes is scored once, on the newest plan).
     */
    void changed() {
        long started = System.nanoTime();
        show(score.get());
        if (model.working() != null) {
            liveScore.rescore(model.working().plan(), score::set);
        }
        lastUpdateMicros.set((System.nanoTime() - started) / 1000);
    }

    /**
     * The score of the plan on screen as it is now, for a save: the live score, or a full scoring here
     * while the newest change's score is still on its way. Call on the FX thread.
     */
    HardMediumSoftScore settledScore() {
        if (model.working() == null || !liveScore.pending()) {
            return score.get();
        }
        return planning.score(PlanFactory.snapshot(model.working().plan()));
    }

    void show(HardMediumSoftScore now) {
        score.set(now);
        coverage.set(model.working() == null ? Coverage.NONE : model.working().coverage());
        refresh();
        revision.set(revision.get() + 1);
    }

    /**
     * The rules the shown plan breaks, with who, where and when; null without a plan. Call on the FX thread:
     * it copies the plan there and returns the full scoring, which may then run on any thread.
     */
    Supplier<ScoreReport> explainer() {
        if (model.working() == null) {
            return () -> null;
        }
        Plan copy = PlanFactory.snapshot(model.working().plan());
        return () -> planning.explain(copy);
    }

    void refresh() {
        WorkingPlan working = model.working();
        var day = model.dayProperty().get();
        var shift = model.shiftProperty().get();
        ShownShift now = working == null || day == null || shift == null
                ? ShownShift.EMPTY
                : working.shown(
                        model.roomProperty().get(), day, shift, model.edits().pinnedDays());
        shown.set(now);
        remote.setAll(now.remote());
    }

    ReadOnlyObjectProperty<ShownShift> shown() {
        return shown.getReadOnlyProperty();
    }

    ObservableList<RemoteWorker> remote() {
        return remote;
    }

    ReadOnlyObjectProperty<HardMediumSoftScore> score() {
        return score.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Coverage> coverage() {
        return coverage.getReadOnlyProperty();
    }

    ReadOnlyLongProperty lastUpdateMicros() {
        return lastUpdateMicros.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty revision() {
        return revision.getReadOnlyProperty();
    }
}
