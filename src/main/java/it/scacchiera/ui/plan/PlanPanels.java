package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.persistence.PlanContent;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.persistence.PlanPins;
import it.scacchiera.persistence.PlanSettings;
import it.scacchiera.persistence.SiteRef;
import it.scacchiera.persistence.StoredPlan;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.site.Site;
import it.scacchiera.ui.plans.Activity;
import it.scacchiera.ui.plans.PlansStatus;
import it.scacchiera.ui.plans.PlansViewModel;
import it.scacchiera.ui.roster.DayState;
import it.scacchiera.ui.roster.OperatorListViewModel;
import it.scacchiera.ui.why.WhyViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The panels around the map, kept in step with the plan: the operator list (states of the shown day,
 * Enter shows the operator's desk), the why panel (selecting a reason shows its room, date, shift and
 * desk) and the saved plans (save the plan on screen, open one back).
 */
public final class PlanPanels {
    /** Explaining is a full scoring: wait for a burst of changes to settle. */
    private static final Duration EXPLAIN_DELAY = Duration.millis(300);

    private final PlanViewModel plan;
    private final BiConsumer<String, DeskId> showDesk;
    private final PlanDatabase store;
    private final Executor background;
    private final Executor fxThread;
    private final WhyViewModel why = new WhyViewModel();
    private final ReadOnlyObjectWrapper<OperatorListViewModel> operators =
            new ReadOnlyObjectWrapper<>(this, "operators");
    private final ReadOnlyObjectWrapper<PlansViewModel> plans = new ReadOnlyObjectWrapper<>(this, "plans");
    private final PauseTransition explainLater = new PauseTransition(EXPLAIN_DELAY);
    private long explainAsked; // FX thread only: a late answer to an older question is dropped
    private List<it.scacchiera.persistence.Pin> keptPins = List.of();
    private java.util.function.Consumer<Runnable> beforeOpen = Runnable::run;
    private int savedRevision = -1; // the plan's revision when its content was last handed to a save

    /** @param showDesk selects a room by id and, when not null, a desk in it */
    public PlanPanels(
            PlanViewModel plan,
            BiConsumer<String, DeskId> showDesk,
            PlanDatabase store,
            Executor background,
            Executor fxThread) {
        this.plan = plan;
        this.showDesk = showDesk;
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        explainLater.setOnFinished(event -> explain());
        why.onSelect(reason -> {
            if (reason != null && reason.roomId() != null) {
                plan.showMoment(reason.when());
                showDesk.accept(
                        reason.roomId(),
                        reason.desks().isEmpty() ? null : reason.desks().get(0));
            } else if (reason != null) {
                plan.showMoment(reason.when());
            }
        });
        plan.siteProperty().addListener((o, before, after) -> siteChanged(after));
        plan.revisionProperty().addListener((o, before, after) -> planChanged());
        plan.dayProperty().addListener((o, before, after) -> dayStates());
    }

    /** The window closes: no explanation is asked for after its executor is gone. */
    public void close() {
        explainLater.stop();
        explainAsked++;
    }

    /** Full scoring takes tens of milliseconds on a big plan: run it off the FX thread on a copy. */
    private void explain() {
        long asked = ++explainAsked;
        var explainer = plan.explainer();
        background.execute(() -> {
            ScoreReport report;
            try {
                report = explainer.get();
            } catch (RuntimeException e) {
                // reported on the FX thread, as it was when explaining ran there
                fxThread.execute(() -> {
                    throw e;
                });
                return;
            }
            fxThread.execute(() -> {
                if (asked == explainAsked && report != null) {
                    why.setReport(report);
                }
            });
        });
    }

    private void siteChanged(Site site) {
        plans.set(null);
        keptPins = List.of();
        var names = it.scacchiera.ui.why.WhyNames.of(site);
        why.setNames(names);
        if (site == null) {
            operators.set(null);
            return;
        }
        var list = new OperatorListViewModel(site.operators(), names.rooms());
        list.setOnActivate(this::showOperator);
        operators.set(list);
        dayStates();
    }

    /** The saved plans of the open site, built on first use so the database opens only when asked for. */
    public PlansViewModel plans() {
        Site site = plan.siteProperty().get();
        if (plans.get() == null && site != null) {
            var model = new PlansViewModel(store, new SiteRef(site.id(), site.name()), background, fxThread);
            model.setCurrentContent(this::content);
            model.setOnOpen(this::open);
            model.setBeforeOpen(beforeOpen);
            model.planOnScreenProperty().set(!plan.entries().isEmpty());
            model.statusProperty().addListener((o, before, after) -> {
                if (after.activity() == Activity.SAVED
                        && plan.revisionProperty().get() == savedRevision) {
                    plan.markSaved(); // else the planner changed the plan while it was being saved
                }
            });
            plans.set(model);
        }
        return plans.get();
    }

    private void open(StoredPlan stored) {
        var pins = PlanPins.toPlanning(stored.pins(), stored.entries());
        plan.load(stored.summary().horizon(), stored.entries(), pins.pins());
        keptPins = pins.kept();
        if (stored.summary().status() == it.scacchiera.persistence.PlanStatus.PUBLISHED) {
            plan.setPublished(stored.entries()); // re-solving then changes it as little as it can
        }
    }

    /** Asked before a saved plan replaces the plan on screen: runs the open, or not. */
    public void setBeforeOpen(java.util.function.Consumer<Runnable> guard) {
        this.beforeOpen = guard;
        if (plans.get() != null) {
            plans.get().setBeforeOpen(guard);
        }
    }

    /**
     * Saves the plan on screen as the Save button would, then runs {@code after} once it is stored; a
     * refused or failed save runs nothing (the plans panel says why). False when there is no store to
     * save to (no site with planning files).
     */
    public boolean saveThen(Runnable after) {
        PlansViewModel model = plans();
        if (model == null) {
            return false;
        }
        javafx.beans.value.ChangeListener<PlansStatus> outcome = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends PlansStatus> o, PlansStatus was, PlansStatus now) {
                switch (now.activity()) {
                    case SAVED -> {
                        model.statusProperty().removeListener(this);
                        after.run();
                    }
                    case CONFLICT, FAILED, NOTHING_TO_SAVE ->
                        model.statusProperty().removeListener(this);
                    default -> {}
                }
            }
        };
        model.statusProperty().addListener(outcome);
        model.save();
        return true;
    }

    /** The plan on screen as the store keeps it: open pins of the opened plan go back as they came. */
    private PlanContent content() {
        savedRevision = plan.revisionProperty().get();
        Site site = plan.siteProperty().get();
        if (site == null || plan.entries().isEmpty()) {
            return null;
        }
        var settings = plan.settingsProperty().get();
        var score = plan.settledScore();
        return new PlanContent(
                new SiteRef(site.id(), site.name()),
                plan.horizon(),
                site.name() + " " + plan.horizon().from(),
                score == null ? null : score.toString(),
                new PlanSettings(settings.remoteEmployers(), settings.sanitizeMinutes()),
                plan.entries(),
                storedPins());
    }

    private List<it.scacchiera.persistence.Pin> storedPins() {
        var pins = new ArrayList<it.scacchiera.persistence.Pin>();
        plan.pins().forEach(pin -> pins.add(PlanPins.toStored(pin)));
        keptPins.stream()
                .filter(kept -> pins.stream()
                        .noneMatch(pin -> pin.operatorId().equals(kept.operatorId())
                                && pin.date().equals(kept.date())))
                .forEach(pins::add);
        return pins;
    }

    private void planChanged() {
        explainLater.playFromStart();
        if (plans.get() != null) {
            plans.get().planOnScreenProperty().set(!plan.entries().isEmpty());
        }
        dayStates();
    }

    private void dayStates() {
        OperatorListViewModel list = operators.get();
        if (list != null && plan.dayProperty().get() != null) {
            list.setDayStates(
                    DayState.of(plan.entries(), storedPins(), plan.dayProperty().get()));
        }
    }

    private void showOperator(String operatorId) {
        Placement placement = plan.placementOf(operatorId);
        if (placement.working() && !placement.remote()) {
            plan.shiftProperty().set(placement.shift());
            showDesk.accept(placement.roomId(), placement.desk());
        } else if (placement.working()) {
            plan.shiftProperty().set(placement.shift());
        }
    }

    public WhyViewModel why() {
        return why;
    }

    public ReadOnlyObjectProperty<OperatorListViewModel> operatorsProperty() {
        return operators.getReadOnlyProperty();
    }
}
