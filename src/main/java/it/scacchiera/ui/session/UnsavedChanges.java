package it.scacchiera.ui.session;

import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before the plan on screen goes (quit, another site, a saved plan opened): Save stores it first
 * and goes on only once it is stored, Discard goes on, Cancel stays. Without unsaved changes it goes on.
 */
public final class UnsavedChanges {
    public enum Choice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** Saves the plan, then runs the continuation only if it was stored; false when it cannot save at all. */
    public interface Saver {
        boolean saveThen(Runnable after);
    }

    private final BooleanSupplier dirty;
    private final Supplier<Choice> ask;
    private final Saver save;
    private final Runnable discard;

    public UnsavedChanges(BooleanSupplier dirty, Supplier<Choice> ask, Saver save, Runnable discard) {
        this.dirty = dirty;
        this.ask = ask;
        this.save = save;
        this.discard = discard;
    }

    /** Runs {@code proceed} now, after saving, or never, as the planner chooses. */
    public void check(Runnable proceed) {
        if (!dirty.getAsBoolean()) {
            proceed.run();
            return;
        }
        switch (ask.get()) {
            case SAVE -> {
                if (!save.saveThen(proceed)) {
                    discard.run();
                    proceed.run();
                }
            }
            case DISCARD -> {
                discard.run();
                proceed.run();
            }
            case CANCEL -> {}
        }
    }

    /** The dialog, in the window's language; closing it is Cancel. */
    public static Supplier<Choice> dialog(Supplier<Window> owner, Supplier<ResourceBundle> bundle) {
        return () -> {
            ResourceBundle words = bundle.get();
            var save = new ButtonType(words.getString("unsaved.save"), ButtonBar.ButtonData.YES);
            var discard = new ButtonType(words.getString("unsaved.discard"), ButtonBar.ButtonData.NO);
            var cancel = new ButtonType(words.getString("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            var alert = new Alert(Alert.AlertType.CONFIRMATION, words.getString("unsaved.text"), save, discard, cancel);
            alert.initOwner(owner.get());
            alert.setTitle(words.getString("unsaved.title"));
            alert.setHeaderText(words.getString("unsaved.header"));
            alert.getDialogPane().setId("unsavedDialog");
            ButtonType chosen = alert.showAndWait().orElse(cancel);
            return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.CANCEL;
        };
    }
}
