package it.scacchiera.ui.plans;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.PlanDatabase;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Before the window opens: a shared PostgreSQL server whose password was neither remembered nor given
 * ({@code --db-password}) is asked for it, so the first open of the store does not fail on it. Cancel
 * means this run saves to the local H2 file; the server stays the kept choice, asked for again at the
 * next start.
 */
public final class StartupDatabase {
    /** Asks for the password of a server database; null when the planner would rather not give it. */
    public interface Ask {
        String password(DatabaseChoice server);
    }

    private StartupDatabase() {}

    public static boolean needsPassword(DatabaseChoice choice) {
        return choice.url().startsWith("jdbc:postgresql:") && choice.password().isEmpty();
    }

    /**
     * Asks when {@link #needsPassword(DatabaseChoice)}; call before the store is first opened.
     *
     * @return the local H2 file this run falls back to, or null when it uses the chosen database
     */
    public static Path prepare(PlanDatabase database, Path localFile, Ask ask) {
        DatabaseChoice chosen = database.choice();
        if (!needsPassword(chosen)) {
            return null;
        }
        String password = ask.password(chosen);
        if (password != null) {
            database.useUnsaved(new DatabaseChoice(chosen.url(), chosen.user(), password));
            return null;
        }
        database.useUnsaved(DatabaseChoice.h2(localFile));
        return localFile;
    }

    /** The prompt: the server and user, a password field, Connect or Use the local file (null). */
    public static String ask(DatabaseChoice server, Path localFile, ResourceBundle bundle) {
        var password = new PasswordField();
        password.getStyleClass().add("startup-password");
        var local = new Label(MessageFormat.format(bundle.getString("database.askLocal"), localFile));
        local.setWrapText(true);
        local.setMaxWidth(480);
        var dialog = new Dialog<String>();
        dialog.setTitle("Scacchiera");
        dialog.setHeaderText(MessageFormat.format(bundle.getString("database.askHeader"), server.url(), server.user()));
        dialog.getDialogPane()
                .setContent(new VBox(8, new Label(bundle.getString("database.password")), password, local));
        var connect = new ButtonType(bundle.getString("database.connect"), ButtonBar.ButtonData.OK_DONE);
        var useLocal = new ButtonType(bundle.getString("database.useLocal"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, useLocal);
        dialog.setResultConverter(button -> button == connect ? password.getText() : null);
        dialog.setOnShown(event -> password.requestFocus());
        return dialog.showAndWait().orElse(null);
    }
}
