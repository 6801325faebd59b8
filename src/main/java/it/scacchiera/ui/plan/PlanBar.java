package it.scacchiera.ui.plan;

import it.scacchiera.ui.common.DateField;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.common.ViewListeners;
import java.nio.file.NoSuchFileException;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.*;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The planning toolbar: week, day and shift shown; Solve, Stop, progress and settings. */
public final class PlanBar {
    @FXML
    private DatePicker weekPicker;

    @FXML
    private Spinner<Integer> weeksSpinner;

    @FXML
    private ComboBox<LocalDate> dayBox;

    @FXML
    private ComboBox<String> shiftBox;

    @FXML
    private Button solveButton;

    @FXML
    private Button stopButton;

    @FXML
    private ProgressBar progress;

    @FXML
    private Label elapsed;

    @FXML
    private Label note;

    @FXML
    private ResourceBundle resources;

    private final PlanViewModel model;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.millis(200), event -> showElapsed()));

    private PlanBar(PlanViewModel model) {
        this.model = model;
    }

    public static Parent load(PlanViewModel model, ResourceBundle bundle) {
        return Fxml.load(PlanBar.class, bundle, new PlanBar(model));
    }

    @FXML
    private void initialize() {
        weekPicker.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.getDayOfWeek() != DayOfWeek.MONDAY); // plans start on a Monday
            }
        });
        DateField.localize(weekPicker, resources);
        var listeners = ViewListeners.of(elapsed);
        // not bound both ways: a new week may drop the plan on screen, so it is asked for, not set
        weekPicker.setValue(model.weekStartProperty().get());
        listeners.onChange(model.weekStartProperty(), (o, before, after) -> weekPicker.setValue(after));
        weekPicker.valueProperty().addListener((o, before, after) -> {
            if (after != null && after.getDayOfWeek() != DayOfWeek.MONDAY) {
                weekPicker.setValue(after.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)));
                return;
            }
            model.chooseHorizon(after, model.weeksProperty().get());
            weekPicker.setValue(model.weekStartProperty().get()); // the old week again when cancelled
        });
        weeksSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, 8, model.weeksProperty().get()));
        var weeksValue = weeksSpinner.getValueFactory().valueProperty();
        listeners.onChange(model.weeksProperty(), (o, before, after) -> weeksValue.set(after.intValue()));
        weeksValue.addListener((o, before, after) -> {
            if (after != null) {
                model.chooseHorizon(model.weekStartProperty().get(), after);
            }
            weeksValue.set(model.weeksProperty().get());
        });
        var dayFormat = DateTimeFormatter.ofPattern("EEE d MMM", resources.getLocale());
        dayBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : dayFormat.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return null;
            }
        });
        dayBox.setItems(model.days());
        dayBox.valueProperty().bindBidirectional(model.dayProperty());
        shiftBox.setItems(model.shifts());
        shiftBox.valueProperty().bindBidirectional(model.shiftProperty());
        var solving = Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == SolverState.SOLVING
                        || model.stateProperty().get() == SolverState.STOPPING,
                model.stateProperty());
        solveButton.disableProperty().bind(model.siteProperty().isNull().or(solving));
        stopButton.disableProperty().bind(solving.not());
        progress.progressProperty().bind(model.solveProgressProperty());
        clock.setCycleCount(Timeline.INDEFINITE);
        listeners.onChange(model.stateProperty(), (o, before, after) -> {
            if (after == SolverState.SOLVING) {
                clock.play();
            } else if (after != SolverState.STOPPING) {
                clock.stop();
            }
            showElapsed();
        });
        listeners.onChange(model.siteFailureProperty(), (o, before, after) -> note.setText(describe(after)));
        note.setText(describe(model.siteFailureProperty().get()));
        listeners.onChange(
                model.solveFailureProperty(),
                (o, before, after) -> note.setText(
                        after == null
                                ? describe(model.siteFailureProperty().get())
                                : MessageFormat.format(
                                        resources.getString("status.failed"), Failures.describe(after))));
        showElapsed();
    }

    private String describe(Exception failure) {
        if (failure == null) {
            return "";
        }
        if (failure instanceof NoSuchFileException missing) {
            return MessageFormat.format(resources.getString("plan.noFiles"), missing.getFile());
        }
        return MessageFormat.format(resources.getString("plan.noPlanning"), Failures.describe(failure));
    }

    private void showElapsed() {
        model.tick();
        if (model.stateProperty().get() == SolverState.NO_PLAN) {
            elapsed.setText("");
            return;
        }
        elapsed.setText(Messages.format(
                resources,
                "plan.elapsed",
                model.elapsedSeconds(),
                model.settingsProperty().get().timeLimit().toSeconds()));
    }

    @FXML
    private void onSolve() {
        model.solve();
    }

    @FXML
    private void onStop() {
        model.stop();
    }

    @FXML
    private void onSettings() {
        SettingsDialog.show(model, resources, solveButton.getScene().getWindow());
    }
}
