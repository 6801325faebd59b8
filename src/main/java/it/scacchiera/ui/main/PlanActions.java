package it.scacchiera.ui.main;

import it.scacchiera.ui.absence.AbsenceAction;
import it.scacchiera.ui.contacts.ContactsOpener;
import it.scacchiera.ui.plan.PlanFiles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.print.PrintAction;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The plan's actions that open a dialog or write a file over the window: from the menus, and from the
 * map's menu on an operator (then about that operator).
 */
final class PlanActions {
    private final PlanViewModel plan;
    private final ResourceBundle resources;
    private final Consumer<String> say;
    private final Supplier<Window> window;
    private final Supplier<Path> site;

    /** @param site the site folder whose operators.csv keeps the absences marked, or null for none */
    PlanActions(
            PlanViewModel plan,
            ResourceBundle resources,
            Consumer<String> say,
            Supplier<Window> window,
            Supplier<Path> site) {
        this.plan = plan;
        this.resources = resources;
        this.say = say;
        this.window = window;
        this.site = site;
    }

    /** @param operatorId preselected in the dialog, or null */
    void markAbsent(String operatorId) {
        new AbsenceAction(plan, resources, ForkJoinPool.commonPool(), Platform::runLater, say, site.get())
                .run(window.get(), operatorId);
    }

    /** @param operatorId preselected in the dialog, or null */
    void contacts(String operatorId) {
        ContactsOpener.open(
                plan, operatorId, resources, ForkJoinPool.commonPool(), Platform::runLater, say, window.get());
    }

    void export() {
        PlanFiles.exportSchedule(plan, resources, window.get(), say);
    }

    void print() {
        new PrintAction(plan, resources, ForkJoinPool.commonPool(), say).run(window.get());
    }

    void sheet() {
        PlanFiles.writeSeatingSheet(plan, resources, window.get(), say);
    }
}
