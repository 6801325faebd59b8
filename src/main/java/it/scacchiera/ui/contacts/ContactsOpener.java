package it.scacchiera.ui.contacts;

import it.scacchiera.ui.plan.PlanViewModel;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;

/** Contact list… from a menu: the dialog over the plan on screen, the operator preselected when known. */
public final class ContactsOpener {
    private ContactsOpener() {}

    /** @param operatorId preselected, or null; the dates default to the shown day. Null when there is no plan. */
    public static ContactsDialog open(
            PlanViewModel plan,
            String operatorId,
            ResourceBundle bundle,
            Executor background,
            Executor fxThread,
            Consumer<String> say,
            Window owner) {
        if (plan.entries().isEmpty() || plan.siteProperty().get() == null) {
            say.accept(bundle.getString("absence.noPlan"));
            return null;
        }
        var site = plan.siteProperty().get();
        var model = new ContactsViewModel(site.floors(), plan.problem().zone(), plan.entries(), background, fxThread);
        model.operatorIdProperty().set(operatorId);
        model.fromProperty().set(plan.dayProperty().get());
        model.toProperty().set(plan.dayProperty().get());
        var dialog = new ContactsDialog(model, site.operators(), bundle, say);
        dialog.show(owner);
        return dialog;
    }
}
