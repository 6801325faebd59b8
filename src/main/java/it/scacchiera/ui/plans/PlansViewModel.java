package it.scacchiera.ui.plans;

import it.scacchiera.persistence.ConcurrentSaveException;
import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.PlanContent;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.persistence.PlanStore;
import it.scacchiera.persistence.PlanSummary;
import it.scacchiera.persistence.SiteRef;
import it.scacchiera.persistence.StoredPlan;
import it.scacchiera.ui.common.Failures;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved plans of one site: list, save, publish, open, delete. Every database call runs on the
 * background executor (the store itself is opened there, on first use) and its outcome comes back
 * through the FX executor, so the FX thread never waits on the database. Every write names the
 * version the planner saw; a refused one raises {@link #conflictProperty()} and {@link #reload()} shows
 * the plan as it now stands.
 */
public final class PlansViewModel {
    private final Supplier<PlanStore> opener;
    private final PlanDatabase database; // null when the database cannot be switched from here
    private final SiteRef site;
    private final Executor background;
    private final Executor fxThread;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<PlansStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", PlansStatus.IDLE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict");
    private final ReadOnlyObjectWrapper<PlanSummary> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final BooleanProperty planOnScreen = new SimpleBooleanProperty(this, "planOnScreen", true);
    private Supplier<PlanContent> currentContent = () -> null;
    private Consumer<StoredPlan> onOpen = plan -> {};
    private PlanStore store; // opened on the background executor, on first use
    private long conflictPlan = -1; // the plan of the last refused write
    private boolean passwordAsked; // asked once a run: a planner who cancels is not asked on every refresh

    private Consumer<Runnable> beforeOpen = Runnable::run;

    /** The plans of {@code site} in the app's database, which the planner may switch from here. */
    public PlansViewModel(PlanDatabase database, SiteRef site, Executor background, Executor fxThread) {
        this(database::store, database, site, background, fxThread);
    }

    public PlansViewModel(Supplier<PlanStore> opener, SiteRef site, Executor background, Executor fxThread) {
        this(opener, null, site, background, fxThread);
    }

    private PlansViewModel(
            Supplier<PlanStore> opener, PlanDatabase database, SiteRef site, Executor background, Executor fxThread) {
        this.opener = opener;
        this.database = database;
        this.site = site;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Where "save" takes the plan on screen from; it may give null when there is no plan yet. */
    public void setCurrentContent(Supplier<PlanContent> content) {
        currentContent = content == null ? () -> null : content;
    }

    /** Called on the FX executor with each plan opened (or reloaded after a refused save). */
    public void setOnOpen(Consumer<StoredPlan> callback) {
        onOpen = callback == null ? plan -> {} : callback;
    }

    public void refresh() {
        run(Activity.LOADING, () -> store().list(site), this::listed);
    }

    /** Saves the plan on screen over the plan it was opened from, or as a new draft when none. */
    public void save() {
        PlanSummary base = opened.get();
        if (base == null) {
            saveAsNew();
            return;
        }
        PlanContent content = currentContent.get();
        if (content == null) {
            status.set(new PlansStatus(Activity.NOTHING_TO_SAVE, ""));
            return;
        }
        PlanContent labelled = PlanLabels.relabel(content, base.label()); // the name it was saved under stays
        run(Activity.SAVING, () -> store().save(base.id(), base.version(), labelled), this::saved);
    }

    /** Saves the plan on screen as a new draft, whatever it was opened from, under its suggested label. */
    public void saveAsNew() {
        saveAsNew(null);
    }

    /** Saves the plan on screen as a new draft named {@code label}; null or blank takes the suggested one. */
    public void saveAsNew(String label) {
        PlanContent content = currentContent.get();
        if (content == null) {
            status.set(new PlansStatus(Activity.NOTHING_TO_SAVE, ""));
            return;
        }
        PlanContent labelled = PlanLabels.relabel(content, label);
        run(Activity.SAVING, () -> store().save(labelled), this::saved);
    }

    /** The label a new save of the plan on screen suggests (site and first day); null when there is no plan. */
    public String suggestedLabel() {
        PlanContent content = currentContent.get();
        return content == null ? null : content.label();
    }

    /** True while there is a plan on screen to save: the Save buttons wait for one. */
    public BooleanProperty planOnScreenProperty() {
        return planOnScreen;
    }

    public void publish() {
        PlanSummary plan = selected.get();
        if (plan != null) {
            run(Activity.PUBLISHING, () -> store().publish(plan.id(), plan.version()), publication -> {
                PlanSummary published = publication.published();
                if (opened.get() != null && opened.get().id() == published.id()) {
                    opened.set(published);
                }
                finish(
                        publication.archived().isEmpty() ? Activity.PUBLISHED : Activity.PUBLISHED_REPLACING,
                        published.label());
            });
        }
    }

    public void open() {
        PlanSummary plan = selected.get();
        if (plan != null) {
            beforeOpen.accept(() -> load(plan.id(), Activity.OPENED));
        }
    }

    /** Asked before a saved plan replaces the one on screen (unsaved changes): runs the open, or not. */
    public void setBeforeOpen(Consumer<Runnable> guard) {
        this.beforeOpen = guard;
    }

    /**
     * After a refused write: the plan on screen, when it was the one refused, is loaded as it now stands
     * (the planner redoes the change on it); the list shows every plan's current version.
     */
    public void reload() {
        PlanSummary plan = opened.get();
        conflict.set(false);
        if (plan != null && plan.id() == conflictPlan) {
            load(plan.id(), Activity.OPENED);
        } else {
            finish(Activity.RELOADED, "");
        }
    }

    /**
     * Connects to {@code choice} and migrates it off the FX thread; when that works it becomes the
     * app's database (kept for the next run) and the list is read from it, else nothing changes.
     */
    public void switchDatabase(DatabaseChoice choice, Runnable switched, Consumer<Throwable> refused) {
        switchDatabase(choice, false, switched, refused);
    }

    /** As {@link #switchDatabase(DatabaseChoice, Runnable, Consumer)}, keeping the password when asked to. */
    public void switchDatabase(
            DatabaseChoice choice, boolean rememberPassword, Runnable switched, Consumer<Throwable> refused) {
        background.execute(() -> {
            try {
                database.use(choice, rememberPassword);
            } catch (IOException | RuntimeException e) {
                fxThread.execute(() -> refused.accept(e));
                return;
            }
            fxThread.execute(() -> {
                synchronized (this) {
                    store = null;
                }
                opened.set(null);
                conflict.set(false);
                refresh();
                switched.run();
            });
        });
    }

    /** Deletes the selected plan; the view asks for confirmation first. */
    public void delete() {
        PlanSummary plan = selected.get();
        if (plan != null) {
            run(Activity.DELETING, () -> store().delete(plan.id(), plan.version()), deleted -> {
                if (opened.get() != null && opened.get().id() == plan.id()) {
                    opened.set(null);
                }
                finish(deleted ? Activity.DELETED : Activity.GONE, plan.label());
            });
        }
    }

    private void load(long id, Activity done) {
        run(Activity.OPENING, () -> store().load(id), (Optional<StoredPlan> plan) -> {
            if (plan.isEmpty()) {
                opened.set(null);
                finish(Activity.GONE, Long.toString(id));
                return;
            }
            opened.set(plan.get().summary());
            conflict.set(false);
            onOpen.accept(plan.get());
            finish(done, plan.get().summary().label());
        });
    }

    private void saved(PlanSummary summary) {
        opened.set(summary);
        conflict.set(false);
        finish(Activity.SAVED, summary.label());
    }

    private void listed(List<PlanSummary> list) {
        PlanSummary before = selected.get();
        plans.setAll(list);
        selected.set(
                before == null
                        ? null
                        : list.stream()
                                .filter(p -> p.id() == before.id())
                                .findFirst()
                                .orElse(null));
        status.set(new PlansStatus(Activity.LISTED, Integer.toString(list.size())));
    }

    /** Reports the outcome, then lists again: the list shows what the database now holds. */
    private void finish(Activity activity, String detail) {
        var done = new PlansStatus(activity, detail);
        run(Activity.LOADING, () -> store().list(site), list -> {
            listed(list);
            status.set(done);
        });
    }

    private synchronized PlanStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    private <T> void run(Activity activity, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        status.set(new PlansStatus(activity, ""));
        background.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception | Error e) { // an Error too: else busy stays on forever
                fxThread.execute(() -> failed(e));
            }
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ConcurrentSaveException refused) {
            conflictPlan = refused.planId();
            conflict.set(true);
            status.set(new PlansStatus(Activity.CONFLICT, failure.getMessage()));
        } else {
            status.set(new PlansStatus(Activity.FAILED, Failures.describe(failure)));
        }
    }

    /** The site's plans, most recently saved first. */
    public ObservableList<PlanSummary> plans() {
        return plans;
    }

    public ObjectProperty<PlanSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PlansStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a database call runs: the actions wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after a save refused because someone else changed the plan: the view offers {@link #reload()}. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The plan the screen was opened from or last saved as, at the version it was read; null when new. */
    public ReadOnlyObjectProperty<PlanSummary> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public SiteRef site() {
        return site;
    }

    /**
     * True once, when the shared server failed and it has no password (it was not remembered): the
     * panel then asks for it, in the database dialog.
     */
    public boolean askForPassword() {
        if (passwordAsked
                || database == null
                || database.choice().embeddedH2()
                || !database.choice().password().isEmpty()
                || status.get().activity() != Activity.FAILED) {
            return false;
        }
        passwordAsked = true;
        return true;
    }

    /** The app's database, or null when it cannot be switched from here. */
    public PlanDatabase database() {
        return database;
    }
}
