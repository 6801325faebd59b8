package it.scacchiera.ui.site;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start: what Scacchiera is for, over the sample site just opened, and the three ways on —
 * explore the sample, open a site folder, or make a site from room and CSV files.
 */
public final class WelcomeDialog {
    /** What the planner chose. */
    public enum Choice {
        OPEN_SITE,
        OPEN_SAMPLE,
        NEW_SITE,
        CLOSE
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    public WelcomeDialog(Window owner, ResourceBundle bundle) {
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("welcome.title"));
        dialog.setHeaderText(bundle.getString("welcome.header"));
        var text = new Label(bundle.getString("welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, text));
        var open = new ButtonType(bundle.getString("welcome.open"), ButtonBar.ButtonData.OTHER);
        var sample = new ButtonType(bundle.getString("welcome.sample"), ButtonBar.ButtonData.OK_DONE);
        var create = new ButtonType(bundle.getString("welcome.new"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(open, sample, create, ButtonType.CLOSE);
        dialog.setResultConverter(button -> button == open
                ? Choice.OPEN_SITE
                : button == sample ? Choice.OPEN_SAMPLE : button == create ? Choice.NEW_SITE : Choice.CLOSE);
        ((Button) dialog.getDialogPane().lookupButton(sample)).setDefaultButton(true);
    }

    /** Shows the dialog without waiting; {@code then} gets the planner's choice when it closes. */
    public void show(java.util.function.Consumer<Choice> then) {
        dialog.setOnHidden(e -> then.accept(dialog.getResult() == null ? Choice.CLOSE : dialog.getResult()));
        dialog.show();
    }

    Dialog<Choice> dialog() {
        return dialog;
    }
}
