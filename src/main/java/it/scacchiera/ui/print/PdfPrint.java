package it.scacchiera.ui.print;

import it.scacchiera.files.OutputFile;
import it.scacchiera.ui.common.Failures;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Prints or saves a document the export package writes as PDF (the rota, the service-level report): the
 * system's page setup and print dialogs through JavaFX printing, each PDF page sent as an image, so paper
 * and file never differ; where there is no printer, the same document saved as PDF. The document is built,
 * rendered and written on {@code background}; the status bar says how it went.
 */
public final class PdfPrint {
    private static final float DPI = 150;

    private final ResourceBundle bundle;
    private final Executor background;
    private final Consumer<String> say;

    public PdfPrint(ResourceBundle bundle, Executor background, Consumer<String> say) {
        this.bundle = bundle;
        this.background = background;
        this.say = say;
    }

    /** On the FX thread. {@code pdf} is called on the background executor: give it data read already. */
    public void print(Window owner, String fileName, OutputFile.Content pdf) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            say.accept(bundle.getString("print.noPrinterPdf"));
            save(owner, fileName, pdf);
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        start(
                new Task<>() {
                    @Override
                    protected Integer call() throws IOException {
                        var bytes = new ByteArrayOutputStream();
                        pdf.writeTo(bytes);
                        return print(job, SheetImages.render(bytes.toByteArray(), DPI));
                    }
                },
                pages -> MessageFormat.format(bundle.getString("print.done"), pages));
    }

    /** Asks where, then writes the PDF there in the background. On the FX thread. */
    public void save(Window owner, String fileName, OutputFile.Content pdf) {
        var chooser = new FileChooser();
        chooser.setTitle(bundle.getString("print.savePdf"));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(file.toPath(), pdf);
        }
    }

    /** Writes the PDF to {@code file} on the background executor, all or nothing. On the FX thread. */
    public Task<Integer> save(Path file, OutputFile.Content pdf) {
        return start(
                new Task<>() {
                    @Override
                    protected Integer call() throws IOException {
                        OutputFile.write(file, pdf);
                        return 0;
                    }
                },
                done -> MessageFormat.format(bundle.getString("plan.written"), file));
    }

    /** One page image per PDF page, scaled to the printable area; the number of pages sent. */
    static int print(PrinterJob job, List<WritableImage> pages) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (WritableImage page : pages) {
            var view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                throw new IllegalStateException(job.getJobStatus().toString());
            }
        }
        if (!job.endJob()) {
            throw new IllegalStateException(job.getJobStatus().toString());
        }
        return pages.size();
    }

    private Task<Integer> start(Task<Integer> task, java.util.function.Function<Integer, String> done) {
        task.setOnSucceeded(e -> say.accept(done.apply(task.getValue())));
        task.setOnFailed(e -> say.accept(
                MessageFormat.format(bundle.getString("status.failed"), Failures.describe(task.getException()))));
        background.execute(task);
        return task;
    }
}
