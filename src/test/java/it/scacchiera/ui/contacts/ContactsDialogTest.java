package it.scacchiera.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Plan ▸ Contact list… in the real window: rows for an operator, then CSV and PDF of them. */
class ContactsDialogTest extends FxTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private App app;
    private MainWindow window;
    private PlanViewModel plan;

    @Start
    void start(Stage stage) throws Exception {
        app = new App(dir.resolve("data")); // never the planner's own ~/.scacchiera: its drafts would be offered back
        window = new MainWindow(app, stage, Locale.ENGLISH);
        plan = window.plan();
        plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
        plan.weekStartProperty().set(MONDAY);
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("sala.floor"), "name: Sala Grande\ngrid:\n######\n#DDDD#\n#DDDD#\n######\n");
        Files.writeString(site.resolve("shifts.csv"), "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\n");
        Files.writeString(
                site.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "OP1,Łukasz Nowak,Blu,in-house,COMM,no,5,M,,\n"
                        + "OP2,Bruno Conti,Blu,in-house,COMM,no,5,M,,\n");
        Files.writeString(
                site.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\nMon,M,COMM,2,,,,\n");
        window.show(site);
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    /** Solves the sample, then opens the contacts of OP1 in {@code locale} and lists them. */
    private ContactsDialog solvedAndListed(FxRobot robot, Locale locale) throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> plan.siteProperty().get() != null);
        robot.interact(plan::solve);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
        ContactsDialog[] dialog = new ContactsDialog[1];
        robot.interact(() -> dialog[0] =
                ContactsOpener.open(plan, "OP1", Bundles.load(locale), Runnable::run, Runnable::run, text -> {}, null));
        robot.clickOn("#contactsCompute");
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    /** Exports the list as the dialog's buttons do: the CSV when {@code csv} is given, and the PDF. */
    private static void export(FxRobot robot, ContactsDialog dialog, Path csv, Path pdf, String title) {
        robot.interact(() -> {
            try {
                if (csv != null) {
                    dialog.model().exportCsv(csv);
                }
                dialog.model().exportPdf(pdf, title, dialog.header(), dialog.pdfRows());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void contacts_operatorOnMonday_listsTheRoommateAndExports(FxRobot robot) throws Exception {
        ContactsDialog dialog = solvedAndListed(robot, Locale.ENGLISH);
        TableView<?> table = robot.lookup("#contactsTable").query();
        Path csv = dir.resolve("contacts.csv");
        Path pdf = dir.resolve("contacts.pdf");
        export(robot, dialog, csv, pdf, "Contacts OP1");

        assertFalse(table.getItems().isEmpty());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("date,shift,room,desk,contact_id"));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("OP2")), String.join("\n", lines));
        assertEquals(table.getItems().size() + 1, lines.size());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Bruno Conti"), text);
        }
    }

    @Test
    void contacts_room_shownAndPrintedByNameWhileTheCsvKeepsTheId(FxRobot robot) throws Exception {
        ContactsDialog dialog = solvedAndListed(robot, Locale.ENGLISH);
        Path csv = dir.resolve("contacts.csv");
        Path pdf = dir.resolve("contacts.pdf");
        export(robot, dialog, csv, pdf, "Contacts OP1");

        var root = dialog.stage().getScene().getRoot();
        List<String> cells = robot.from(root).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
        assertTrue(cells.contains("Sala Grande"), cells.toString());
        assertFalse(cells.contains("sala"), cells.toString());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Sala Grande"), text);
        }
        assertTrue(Files.readAllLines(csv).get(1).matches("[^,]+,M,sala,.*"), Files.readString(csv));
    }

    @Test
    void contacts_italianPdf_wordedAsTheWindowWithTitlesWhole(FxRobot robot) throws Exception {
        ContactsDialog dialog = solvedAndListed(robot, Locale.ITALIAN);
        Path pdf = dir.resolve("contatti.pdf");

        export(robot, dialog, null, pdf, "Contatti OP1");

        String text;
        try (var document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("stessa sala"), text);
        assertFalse(text.contains("same room"), text);
        assertTrue(text.matches("(?s).*\\d\\d/\\d\\d/\\d{4}.*"), "dates as the window writes them: " + text);
        for (String title : dialog.header()) {
            for (String word : title.split(" ")) {
                assertTrue(text.contains(word), word + " whole in: " + text);
            }
        }
    }

    @Test
    void contacts_italian_showsEveryHeaderAndValueWhole(FxRobot robot) throws Exception {
        ContactsDialog dialog = solvedAndListed(robot, Bundles.ITALIAN);

        var root = dialog.stage().getScene().getRoot();
        List<Labeled> texts = java.util.stream.Stream.of(".column-header .label", ".table-cell")
                .flatMap(query -> robot.from(root).lookup(query).queryAllAs(Labeled.class).stream())
                .filter(labeled ->
                        labeled.getText() != null && !labeled.getText().isEmpty())
                .toList();
        assertTrue(
                texts.stream().anyMatch(labeled -> labeled.getText().equals("Sovrapposizione min")),
                () -> texts.stream().map(Labeled::getText).toList().toString());
        assertTrue(texts.stream().anyMatch(labeled -> labeled.getText().equals("Bruno Conti (OP2)")));
        assertEquals(
                List.of(),
                texts.stream()
                        .filter(labeled -> !labeled.getText().equals(((Text) labeled.lookup(".text")).getText()))
                        .map(Labeled::getText)
                        .toList(),
                "cut off");
        TableView<?> table = robot.from(root).lookup("#contactsTable").query();
        double columns = table.getColumns().stream()
                .mapToDouble(javafx.scene.control.TableColumn::getWidth)
                .sum();
        assertTrue(columns <= table.getWidth(), columns + " > " + table.getWidth() + ": scrolls sideways");
    }
}
