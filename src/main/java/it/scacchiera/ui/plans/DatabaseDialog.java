package it.scacchiera.ui.plans;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.ui.common.Failures;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Where plans are saved: an H2 file on this computer, or a shared server by JDBC URL. The choice is
 * tested (connected to and migrated) before it is used and kept; a failed test leaves the dialog open
 * with the reason, and the database as it was.
 */
public final class DatabaseDialog {
    private final PlansViewModel model;
    private final ResourceBundle bundle;
    private final RadioButton h2;
    private final TextField file = new TextField();
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckBox remember = new CheckBox();
    private final Label status = new Label();

    private DatabaseDialog(PlansViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.h2 = new RadioButton(bundle.getString("database.h2"));
        DatabaseChoice current = model.database().choice();
        if (current.h2File() != null) {
            file.setText(current.h2File().toString());
        } else {
            url.setText(current.url());
            user.setText(current.user());
            password.setText(current.password());
        }
        h2.setSelected(current.h2File() != null);
    }

    /** Opens the dialog; the model must have a database ({@link PlansViewModel#database()}). */
    public static void show(Window owner, PlansViewModel model, ResourceBundle bundle) {
        new DatabaseDialog(model, bundle).show(owner);
    }

    /** At start-up: this app cannot use its database (another app holds the H2 file). Says why, then quits. */
    public static void refuse(String reason, ResourceBundle bundle) {
        var alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.CLOSE);
        alert.setTitle("Scacchiera");
        alert.setHeaderText(bundle.getString("database.refused"));
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
        Platform.exit();
    }

    private void show(Window owner) {
        var server = new RadioButton(bundle.getString("database.server"));
        var kind = new ToggleGroup();
        h2.setToggleGroup(kind);
        server.setToggleGroup(kind);
        server.setSelected(!h2.isSelected());
        file.disableProperty().bind(server.selectedProperty());
        for (var field : new TextField[] {url, user, password}) {
            field.disableProperty().bind(h2.selectedProperty());
        }
        file.getStyleClass().add("database-file");
        url.getStyleClass().add("database-url");
        password.getStyleClass().add("database-password");
        status.getStyleClass().add("database-status");
        url.setPromptText("jdbc:postgresql://server/scacchiera");
        status.setWrapText(true);
        status.setMaxWidth(480);
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, h2);
        grid.addRow(1, new Label(bundle.getString("database.file")), file);
        grid.addRow(2, server);
        grid.addRow(3, new Label(bundle.getString("database.url")), url);
        grid.addRow(4, new Label(bundle.getString("database.user")), user);
        grid.addRow(5, new Label(bundle.getString("database.password")), password);
        Path kept = model.database().settingsFile();
        remember.setText(
                kept == null
                        ? bundle.getString("database.rememberHere")
                        : MessageFormat.format(bundle.getString("database.remember"), kept));
        remember.setWrapText(true);
        remember.setMaxWidth(480);
        remember.getStyleClass().add("database-remember");
        remember.disableProperty().bind(h2.selectedProperty());
        grid.add(remember, 1, 6);
        grid.add(status, 0, 7, 2, 1);
        file.setPrefColumnCount(36);

        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("database.title"));
        dialog.getDialogPane().setContent(grid);
        var use = new ButtonType(bundle.getString("database.use"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        var useButton = (Button) dialog.getDialogPane().lookupButton(use);
        useButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open until the database answered
            test(useButton, () -> {
                dialog.setResult(use);
                dialog.close();
            });
        });
        dialog.show();
        if (!h2.isSelected() && password.getText().isEmpty()) {
            password.requestFocus(); // asked for at connect time: the password was not remembered
        }
    }

    private void test(Button useButton, Runnable close) {
        DatabaseChoice choice;
        try {
            choice = h2.isSelected()
                    ? DatabaseChoice.h2(Path.of(file.getText().strip()))
                    : new DatabaseChoice(url.getText().strip(), user.getText().strip(), password.getText());
        } catch (IllegalArgumentException e) { // InvalidPathException too
            status.setText(e.getMessage());
            return;
        }
        useButton.setDisable(true);
        status.setText(bundle.getString("database.testing"));
        model.switchDatabase(choice, !h2.isSelected() && remember.isSelected(), close, failure -> {
            useButton.setDisable(false);
            status.setText(MessageFormat.format(bundle.getString("database.failed"), Failures.describe(failure)));
        });
    }
}
