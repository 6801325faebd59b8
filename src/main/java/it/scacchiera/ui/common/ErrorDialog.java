package it.scacchiera.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * An error nobody caught on the FX thread, shown to the planner with its details (and still printed for
 * a support log): a silent failure would leave the window looking fine while an action did nothing.
 */
public final class ErrorDialog implements Thread.UncaughtExceptionHandler {
    private final Supplier<ResourceBundle> bundle;
    private boolean showing; // an error while the dialog is up is printed, not stacked

    public ErrorDialog(Supplier<ResourceBundle> bundle) {
        this.bundle = bundle;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        error.printStackTrace();
        if (showing) {
            return;
        }
        showing = true;
        // later, not here: showAndWait is refused while an animation or a layout pass is running
        Platform.runLater(() -> {
            try {
                dialog(error).showAndWait();
            } finally {
                showing = false;
            }
        });
    }

    private Alert dialog(Throwable error) {
        ResourceBundle words = bundle.get();
        var alert = new Alert(Alert.AlertType.ERROR, Failures.describe(error));
        alert.setTitle(words.getString("error.title"));
        alert.setHeaderText(words.getString("error.header"));
        var trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        var details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("errorDialog");
        return alert;
    }
}
