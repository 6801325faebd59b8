package it.scacchiera.ui.why;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Why;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.common.ViewListeners;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The "why" panel: a tree of broken rules, each with its reasons. The severity is written out on every
 * rule, so colour is never the only signal.
 */
public final class WhyView {
    @FXML
    private TextField filterField;

    @FXML
    private TreeView<Object> tree;

    @FXML
    private Label emptyLabel;

    @FXML
    private ResourceBundle resources;

    private final WhyViewModel model;
    private WhyWording wording;

    private WhyView(WhyViewModel model) {
        this.model = model;
    }

    public static Parent load(WhyViewModel model, ResourceBundle bundle) {
        return Fxml.load(WhyView.class, bundle, new WhyView(model));
    }

    @FXML
    private void initialize() {
        wording = new WhyWording(resources);
        model.wordIn(wording);
        filterField.textProperty().bindBidirectional(model.filterProperty());
        tree.setRoot(new TreeItem<>());
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new ReasonCell());
        var listeners = ViewListeners.of(tree);
        listeners.onChange(model.shown(), (ListChangeListener.Change<? extends BrokenRule> change) -> rebuild());
        rebuild();
        emptyLabel
                .textProperty()
                .bind(Bindings.when(model.noBrokenRulesProperty())
                        .then(resources.getString("why.none"))
                        .otherwise(resources.getString("why.noMatch")));
        tree.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> model.selectedWhyProperty()
                .set(after != null && after.getValue() instanceof Why why ? why : null));
    }

    private void rebuild() {
        var roots = tree.getRoot().getChildren();
        roots.clear();
        for (BrokenRule rule : model.shown()) {
            var item = new TreeItem<Object>(rule);
            rule.reasons().forEach(why -> item.getChildren().add(new TreeItem<>(why)));
            item.setExpanded(true);
            roots.add(item);
        }
        emptyLabel.setVisible(roots.isEmpty());
        emptyLabel.setManaged(roots.isEmpty());
    }

    private String describe(BrokenRule rule) {
        return Messages.format(
                resources,
                "why.rule",
                wording.severity(rule.severity()),
                wording.ruleName(rule.name()),
                wording.score(rule.score()),
                rule.matches());
    }

    private String describe(Why why) {
        String when = why.when() == null
                ? ""
                : why.when()
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                                .withLocale(resources.getLocale()));
        String desks = why.desks().stream().map(DeskId::label).collect(Collectors.joining(" "));
        return Messages.format(
                resources,
                "why.reason",
                wording.reason(why),
                model.names().operators(why.operatorIds()),
                model.names().room(why.roomId()),
                desks,
                when);
    }

    /** Rules in bold with a severity word and class; reasons as one line of who, where and when. */
    private final class ReasonCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("rule", "reason", "severity-HARD", "severity-MEDIUM", "severity-SOFT");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof BrokenRule rule) {
                setText(describe(rule));
                getStyleClass().addAll("rule", "severity-" + rule.severity().name());
            } else if (item instanceof Why why) {
                setText(describe(why));
                getStyleClass().add("reason");
            } else {
                setText(item.toString());
                getStyleClass().add("rule");
            }
        }
    }
}
