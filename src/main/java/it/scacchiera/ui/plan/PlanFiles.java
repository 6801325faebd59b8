package it.scacchiera.ui.plan;

import it.scacchiera.ui.common.Failures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.print.PrinterJob;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Export schedule and File ▸ Print seating sheet: a chooser, then the writer; the status bar says how it went. */
public final class PlanFiles {
    private PlanFiles() {}

    public static void exportSchedule(PlanViewModel plan, ResourceBundle bundle, Window owner, Consumer<String> say) {
        if (plan.entries().isEmpty()) {
            say.accept(bundle.getString("plan.nothingToExport"));
            return;
        }
        File file = choose(
                bundle, owner, "menu.file.export", "schedule-" + plan.horizon().from() + ".csv", "*.csv");
        if (file != null) {
            write(bundle, say, file.toPath(), () -> plan.exportSchedule(file.toPath()));
        }
    }

    /** There is no printer on most of our machines (PrinterJob is null): the sheet is offered as PDF. */
    public static void writeSeatingSheet(
            PlanViewModel plan, ResourceBundle bundle, Window owner, Consumer<String> say) {
        if (plan.entries().isEmpty()) {
            say.accept(bundle.getString("plan.nothingToExport"));
            return;
        }
        if (PrinterJob.createPrinterJob() == null) {
            say.accept(bundle.getString("plan.noPrinter"));
        }
        File file = choose(
                bundle,
                owner,
                "menu.file.sheet",
                "seating-" + plan.dayProperty().get() + ".pdf",
                "*.pdf");
        if (file != null) {
            write(bundle, say, file.toPath(), () -> plan.writeSeatingSheet(file.toPath()));
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static File choose(ResourceBundle bundle, Window owner, String title, String name, String pattern) {
        var chooser = new FileChooser();
        chooser.setTitle(bundle.getString(title).replace("…", ""));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser.showSaveDialog(owner);
    }

    private static void write(ResourceBundle bundle, Consumer<String> say, Path file, Writing writing) {
        try {
            writing.run();
            say.accept(MessageFormat.format(bundle.getString("plan.written"), file));
        } catch (IOException | RuntimeException e) {
            say.accept(MessageFormat.format(bundle.getString("status.failed"), Failures.describe(e)));
        }
    }
}
