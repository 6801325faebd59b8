package it.scacchiera.ui.session;

import it.scacchiera.ui.common.DateField;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * What survives the window: the settings it restores and keeps, the autosaved draft of an unsaved plan,
 * and the offer to put that draft back when the last run did not close cleanly.
 */
public final class WindowSession {
    /** Long enough for a burst of drags to settle into one write, short enough to lose little. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);

    private static final Duration RESIZE_SETTLE = Duration.ofMillis(500);

    private final SettingsStore store;
    private final DraftFile drafts;
    private final Autosave autosave;
    private final Stage stage;
    private final PlanViewModel plan;
    private final Supplier<ResourceBundle> bundle;
    private final Consumer<String> say;
    private final UserSettings kept;
    private final SettingsKeeper keeper;
    private Locale language; // as chosen; null until the planner chooses one
    private Draft recovering; // put back once its site has loaded
    private Path site; // the folder open now, kept for the next run

    /** @param say shows a line in the status bar; call on the FX thread */
    public WindowSession(
            Path dataFolder,
            Executor background,
            Stage stage,
            PlanViewModel plan,
            Supplier<ResourceBundle> bundle,
            Consumer<String> say) {
        this.store = new SettingsStore(dataFolder);
        this.drafts = new DraftFile(dataFolder);
        this.stage = stage;
        this.plan = plan;
        this.bundle = bundle;
        this.say = say;
        this.autosave = new Autosave(drafts, background, AUTOSAVE_DELAY, this::autosaveFailed);
        this.kept = loadSettings();
        this.language = kept.locale();
        this.keeper = new SettingsKeeper(store, background, this::settingsNotSaved);
        // kept as they change, not only on a clean exit: a killed app restarts with them
        plan.weekStartProperty().addListener((o, before, after) -> keep());
        plan.weeksProperty().addListener((o, before, after) -> keep());
        plan.dayProperty().addListener((o, before, after) -> keep());
        plan.shiftProperty().addListener((o, before, after) -> keep());
        plan.settingsProperty().addListener((o, before, after) -> keep());
        var resized = new PauseTransition(javafx.util.Duration.millis(RESIZE_SETTLE.toMillis()));
        resized.setOnFinished(event -> keep()); // a drag of the window's edge is written once it stops
        stage.widthProperty().addListener((o, before, after) -> resized.playFromStart());
        stage.heightProperty().addListener((o, before, after) -> resized.playFromStart());
        plan.revisionProperty().addListener((o, before, after) -> {
            if (plan.dirtyProperty().get()) {
                autosave.changed(this::draft);
            }
        });
        plan.dirtyProperty().addListener((o, before, after) -> {
            if (!after) {
                autosave.clear();
            }
        });
    }

    private UserSettings loadSettings() {
        try {
            return store.load();
        } catch (IOException e) {
            say.accept(failure("settings.failed", e));
            return UserSettings.FIRST_RUN;
        }
    }

    /** The settings of the last run, or the first-run ones. */
    public UserSettings kept() {
        return kept;
    }

    /** Week, weeks, solve settings and window size now; day and shift once a site with them is loaded. */
    public void restore(LocalDate defaultWeek) {
        plan.weeksProperty().set(kept.weeks());
        plan.weekStartProperty().set(kept.weekStart() != null ? kept.weekStart() : defaultWeek);
        plan.settingsProperty().set(kept.solve());
        stage.setWidth(kept.width());
        stage.setHeight(kept.height());
        // the days of the week exist once a site with planning files is loaded: the day and shift then
        plan.days().addListener(new ListChangeListener<LocalDate>() {
            @Override
            public void onChanged(Change<? extends LocalDate> change) {
                if (plan.days().isEmpty()) {
                    return;
                }
                plan.days().removeListener(this);
                if (kept.day() != null && plan.days().contains(kept.day())) {
                    plan.dayProperty().set(kept.day());
                }
                if (kept.shift() != null && plan.shifts().contains(kept.shift())) {
                    plan.shiftProperty().set(kept.shift());
                }
            }
        });
    }

    /**
     * The folder to open: a draft the last run left behind, when the planner takes it back (it is then
     * loaded as soon as its site is); else {@code asked}; else the last site; else null.
     */
    public Path siteToOpen(Path asked) {
        Draft left = leftBehind();
        if (left != null && offer(left)) {
            recovering = left;
            plan.siteProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(
                        javafx.beans.value.ObservableValue<? extends it.scacchiera.site.Site> o,
                        it.scacchiera.site.Site before,
                        it.scacchiera.site.Site after) {
                    if (after != null) {
                        plan.siteProperty().removeListener(this);
                        // after the plan has finished taking the site (it resets the week after this)
                        Platform.runLater(WindowSession.this::putBack);
                    }
                }
            });
            return left.site();
        }
        return asked != null ? asked : kept.site();
    }

    private Draft leftBehind() {
        if (!drafts.exists()) {
            return null;
        }
        try {
            Draft draft = drafts.read();
            return kept.cleanExit() == null || draft.savedAt().isAfter(kept.cleanExit()) ? draft : null;
        } catch (IOException e) {
            say.accept(failure("autosave.unreadable", e));
            return null;
        }
    }

    private boolean offer(Draft draft) {
        ResourceBundle words = bundle.get();
        var recover = new ButtonType(words.getString("autosave.recover"), ButtonBar.ButtonData.YES);
        var discard = new ButtonType(words.getString("autosave.discard"), ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(words.getLocale())
                .format(draft.savedAt().atZone(ZoneId.systemDefault()));
        var alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                Messages.format(
                        words,
                        "autosave.text",
                        draft.site(),
                        DateField.formatter(words.getLocale())
                                .format(draft.horizon().from()),
                        when),
                recover,
                discard);
        alert.initOwner(stage);
        alert.setTitle(words.getString("autosave.title"));
        alert.setHeaderText(words.getString("autosave.header"));
        alert.getDialogPane().setId("recoverDialog");
        boolean taken = alert.showAndWait().orElse(discard) == recover;
        if (!taken) {
            autosave.clear();
        }
        return taken;
    }

    private void putBack() {
        Draft draft = recovering;
        recovering = null;
        plan.settingsProperty().set(draft.settings());
        plan.load(draft.horizon(), draft.entries(), draft.pins());
        plan.markUnsaved(); // still not in any store: it stays guarded and autosaved
        ResourceBundle words = bundle.get();
        say.accept(Messages.format(
                words,
                "autosave.recovered",
                DateField.formatter(words.getLocale()).format(draft.horizon().from())));
    }

    public void siteOpened(Path folder) {
        this.site = folder;
        keep();
    }

    /** The planner switched the window's language. */
    public void languageChosen(Locale chosen) {
        this.language = chosen;
        keep();
    }

    private void keep() {
        keeper.keep(settingsNow(kept.cleanExit()));
    }

    /** Day, shift and site are null until a site has loaded: the last run's stay kept until then. */
    private UserSettings settingsNow(Instant cleanExit) {
        return new UserSettings(
                plan.weekStartProperty().get(),
                Math.max(1, plan.weeksProperty().get()),
                plan.dayProperty().get() != null ? plan.dayProperty().get() : kept.day(),
                plan.shiftProperty().get() != null ? plan.shiftProperty().get() : kept.shift(),
                language,
                plan.settingsProperty().get(),
                stage.getWidth() > 0 ? stage.getWidth() : kept.width(),
                stage.getHeight() > 0 ? stage.getHeight() : kept.height(),
                site != null ? site : kept.site(),
                cleanExit);
    }

    private Draft draft() {
        if (site == null || plan.horizon() == null || plan.entries().isEmpty()) {
            return null;
        }
        return new Draft(
                site, plan.horizon(), plan.settingsProperty().get(), plan.entries(), plan.pins(), Instant.now());
    }

    /**
     * The window closes normally: the settings are kept with the time of this clean exit, then an
     * unsaved plan is written once more, after it, so the next run offers it back.
     */
    public void close(Locale chosen) {
        language = chosen;
        try {
            keeper.close(settingsNow(Instant.now()));
        } catch (IOException e) {
            e.printStackTrace(); // the window is going: nowhere left to show it
        }
        if (plan.dirtyProperty().get()) {
            autosave.changed(this::draft);
            autosave.flush();
        } else {
            autosave.clear();
            try {
                drafts.delete(); // here and now: the executor that clear() uses is about to stop
            } catch (IOException e) {
                e.printStackTrace();
            }
        }
    }

    private void settingsNotSaved(IOException e) {
        Platform.runLater(() -> say.accept(failure("settings.notSaved", e)));
    }

    private void autosaveFailed(Exception e) {
        Platform.runLater(() -> say.accept(failure("autosave.failed", e)));
    }

    private String failure(String key, Exception e) {
        return MessageFormat.format(bundle.get().getString(key), it.scacchiera.ui.common.Failures.describe(e));
    }
}
