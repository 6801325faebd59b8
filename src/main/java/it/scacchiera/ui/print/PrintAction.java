package it.scacchiera.ui.print;

import it.scacchiera.export.SeatingSheetPdf;
import it.scacchiera.export.SheetSelection;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.print.PrinterJob;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Print…: asks what to print (room and shift, room's day, whole day), then opens the system's
 * page setup and print dialogs and prints the seating sheet. Where there is no printer
 * ({@code createPrinterJob()} is null, as on our machines) it saves the same sheet as PDF instead.
 * The sheet is built, rendered and sent on {@code background}; the status bar says how it went.
 */
public final class PrintAction {
    private static final float DPI = 150;

    private final PlanViewModel plan;
    private final ResourceBundle bundle;
    private final Executor background;
    private final Consumer<String> say;

    public PrintAction(PlanViewModel plan, ResourceBundle bundle, Executor background, Consumer<String> say) {
        this.plan = plan;
        this.bundle = bundle;
        this.background = background;
        this.say = say;
    }

    /** On the FX thread, from the menu. */
    public void run(Window owner) {
        if (plan.entries().isEmpty()) {
            say.accept(bundle.getString("plan.nothingToExport"));
            return;
        }
        PrintScope scope = askScope(owner);
        if (scope == null) {
            return;
        }
        String room = plan.roomProperty().get() == null
                ? null
                : plan.roomProperty().get().floor().id();
        SheetSelection selection = scope.selection(room, plan.shiftProperty().get());
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            say.accept(bundle.getString("plan.noPrinter"));
            savePdf(owner, selection);
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        Sheet sheet = sheet(selection);
        start(
                new Task<>() {
                    @Override
                    protected Integer call() throws IOException {
                        return PdfPrint.print(job, SheetImages.render(sheet.pdf(), DPI));
                    }
                },
                pages -> Messages.format(bundle, "print.done", pages));
    }

    private PrintScope askScope(Window owner) {
        List<String> names = Arrays.stream(PrintScope.values())
                .map(s -> bundle.getString(s.key()))
                .toList();
        var dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("print.title"));
        dialog.setHeaderText(bundle.getString("print.scope"));
        return dialog.showAndWait()
                .map(name -> PrintScope.values()[names.indexOf(name)])
                .orElse(null);
    }

    private void savePdf(Window owner, SheetSelection selection) {
        var chooser = new FileChooser();
        chooser.setTitle(bundle.getString("menu.file.print").replace("…", ""));
        chooser.setInitialFileName("seating-" + plan.dayProperty().get() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.pdf", "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            saveAsPdf(file.toPath(), selection);
        }
    }

    /** The fallback's work, without the chooser: writes the sheet on {@code background}. On the FX thread. */
    public void saveAsPdf(Path file, SheetSelection selection) {
        Sheet sheet = sheet(selection);
        start(
                new Task<>() {
                    @Override
                    protected Integer call() throws IOException {
                        sheet.writer().write(file, sheet.day(), sheet.floors(), sheet.entries(), selection);
                        return 0;
                    }
                },
                done -> MessageFormat.format(bundle.getString("plan.written"), file));
    }

    /** What to print, read on the FX thread where the plan lives; built into a PDF in the background. */
    private record Sheet(
            SeatingSheetPdf writer,
            LocalDate day,
            List<Floor> floors,
            List<ScheduleEntry> entries,
            SheetSelection selection) {
        byte[] pdf() throws IOException {
            var out = new ByteArrayOutputStream();
            writer.write(out, day, floors, entries, selection);
            return out.toByteArray();
        }
    }

    private Sheet sheet(SheetSelection selection) {
        return new Sheet(
                new SeatingSheetPdf(bundle.getLocale()),
                plan.dayProperty().get(),
                plan.siteProperty().get().floors(),
                List.copyOf(plan.entries()),
                selection);
    }

    private void start(Task<Integer> task, Function<Integer, String> done) {
        task.setOnSucceeded(e -> say.accept(done.apply(task.getValue())));
        task.setOnFailed(e -> say.accept(
                MessageFormat.format(bundle.getString("status.failed"), Failures.describe(task.getException()))));
        background.execute(task);
    }
}
