package it.scacchiera.ui.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.print.PdfPrint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rota tab's PDF: the rows shown (filtered), by team, written off the FX thread. */
class RotaPdfExportTest extends FxTest {
    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> said = new ArrayList<>();
    private PlanViewModel plan;
    private RotaViewModel model;
    private PdfPrint print;

    @Start
    void start(Stage stage) throws Exception {
        plan = RotaSite.opened(Files.createDirectory(dir.resolve("site")));
        model = new RotaViewModel(plan);
        var bundle = Bundles.load(Bundles.ENGLISH);
        print = new PdfPrint(bundle, background, said::add);
        stage.setScene(new Scene(RotaView.load(model, bundle, print), 1200, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void save_filteredToATeam_printsThatTeamOnly(FxRobot robot) throws Exception {
        Path file = dir.resolve("rota.pdf");
        robot.interact(() -> model.filterProperty().set(new RotaFilter("Blu", null, null, false, "")));

        robot.interact(() -> print.save(
                file, out -> new it.scacchiera.export.RotaPdf(java.util.Locale.ENGLISH).write(out, model.printable())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !said.isEmpty());

        assertEquals(List.of("Written " + file), said);
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        for (String name : List.of("Anna Bianchi", "Bruno Conti", "Carla Dini")) {
            assertTrue(text.contains(name), name + "\n" + text);
        }
        assertFalse(text.contains("Dario Esposito"), "filtered out: team Verde");
        assertTrue(text.contains("Sala B2"), text);
        assertTrue(text.contains("unavailable"), "Carla on Tuesday");
    }

    @Test
    void buttons_inTheBar(FxRobot robot) {
        assertEquals(
                "Export rota PDF...",
                robot.lookup(".rota-export-pdf").queryAs(Button.class).getText());
        assertEquals(
                "Print rota...",
                robot.lookup(".rota-print").queryAs(Button.class).getText());
    }
}
