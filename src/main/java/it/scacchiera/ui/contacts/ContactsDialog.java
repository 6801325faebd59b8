package it.scacchiera.ui.contacts;

import it.scacchiera.report.Contact;
import it.scacchiera.roster.Operator;
import it.scacchiera.ui.common.DateField;
import it.scacchiera.ui.common.FitColumns;
import it.scacchiera.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** A window listing an operator's contacts (SPEC §4) for chosen dates, with CSV and PDF export. */
public final class ContactsDialog {
    private final ContactsViewModel model;
    private final ResourceBundle bundle;
    private final Consumer<String> say;
    private final Stage stage = new Stage();
    private final Label status = new Label();

    public ContactsDialog(
            ContactsViewModel model, List<Operator> operators, ResourceBundle bundle, Consumer<String> say) {
        this.model = model;
        this.bundle = bundle;
        this.say = say;
        var who = new ComboBox<String>();
        who.setId("contactsOperator");
        who.getItems().setAll(operators.stream().map(Operator::id).toList());
        who.setConverter(names(operators));
        who.valueProperty().bindBidirectional(model.operatorIdProperty());
        var from = new DatePicker();
        DateField.localize(from, bundle);
        from.valueProperty().bindBidirectional(model.fromProperty());
        var to = new DatePicker();
        DateField.localize(to, bundle);
        to.valueProperty().bindBidirectional(model.toProperty());
        var compute = new Button(bundle.getString("contacts.compute"));
        compute.setId("contactsCompute");
        compute.setDefaultButton(true);
        compute.disableProperty().bind(model.busyProperty());
        compute.setOnAction(e -> model.compute(this::failed));
        var csv = new Button(bundle.getString("contacts.csv"));
        csv.setOnAction(e -> export("*.csv", model::exportCsv));
        var pdf = new Button(bundle.getString("contacts.pdf"));
        pdf.setOnAction(e -> export("*.pdf", file -> model.exportPdf(file, title(), header(), pdfRows())));
        var top = new HBox(
                8,
                new Label(bundle.getString("contacts.operator")),
                who,
                new Label(bundle.getString("contacts.from")),
                from,
                new Label(bundle.getString("contacts.to")),
                to,
                compute);
        var table = table();
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.format(
                                bundle, "contacts.count", model.rows().size()),
                        model.rows()));
        var bottom = new HBox(8, status, csv, pdf);
        var root = new BorderPane(table, top, null, bottom, null);
        root.setStyle("-fx-padding: 8; -fx-spacing: 8;");
        stage.setTitle(bundle.getString("contacts.title"));
        stage.setScene(new Scene(root, 1220, 520)); // the fitted columns of a long list, inside 1280 px
    }

    public void show(Window owner) {
        stage.initOwner(owner);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public ContactsViewModel model() {
        return model;
    }

    private TableView<Contact> table() {
        var table = new TableView<>(model.rows());
        table.setId("contactsTable");
        table.setPlaceholder(new Label(bundle.getString("contacts.empty")));
        List<Function<Contact, String>> cells = List.of(
                this::date,
                c -> c.row().shift(),
                c -> model.roomName(c.row().room()),
                c -> c.row().desk().label(),
                c -> c.contact().operatorName() + " (" + c.contact().operatorId() + ")",
                c -> c.contact().shift(),
                c -> c.contact().desk().label(),
                c -> metres(c),
                c -> Long.toString(c.overlapMinutes()),
                this::reason);
        List<String> header = titles(List.of(
                "date",
                "shift",
                "room",
                "desk",
                "contact",
                "contactShift",
                "contactDesk",
                "distance",
                "overlap",
                "reason"));
        for (int i = 0; i < cells.size(); i++) {
            Function<Contact, String> cell = cells.get(i);
            var column = new TableColumn<Contact, String>(header.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell.apply(c.getValue())));
            table.getColumns().add(column);
        }
        FitColumns.install(table);
        return table;
    }

    /** The PDF's column titles in the app's language, one per CSV column (contact id and name apart). */
    public List<String> header() {
        return titles(List.of(
                "date",
                "shift",
                "room",
                "desk",
                "contactId",
                "contact",
                "contactShift",
                "contactDesk",
                "distance",
                "overlap",
                "reason"));
    }

    /** The PDF's cells of each contact, worded as the table words them (contact id and name apart). */
    public List<List<String>> pdfRows() {
        return model.rows().stream()
                .map(c -> List.of(
                        date(c),
                        c.row().shift(),
                        model.roomName(c.row().room()),
                        c.row().desk().label(),
                        c.contact().operatorId(),
                        c.contact().operatorName(),
                        c.contact().shift(),
                        c.contact().desk().label(),
                        metres(c),
                        Long.toString(c.overlapMinutes()),
                        reason(c)))
                .toList();
    }

    private String date(Contact contact) {
        return DateField.formatter(bundle.getLocale()).format(contact.row().date());
    }

    private String reason(Contact contact) {
        return bundle.getString("contacts.reason." + contact.reason().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Metres with two decimals in the window's language: 1,50 in Italian. */
    private String metres(Contact contact) {
        var format = java.text.NumberFormat.getNumberInstance(bundle.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(contact.distanceMetres(2));
    }

    private List<String> titles(List<String> keys) {
        return keys.stream().map(key -> bundle.getString("contacts." + key)).toList();
    }

    private String title() {
        return bundle.getString("contacts.title") + " — "
                + model.operatorIdProperty().get() + " — "
                + model.fromProperty().get() + " … " + model.toProperty().get();
    }

    private interface Export {
        void write(Path file) throws IOException;
    }

    private void export(String pattern, Export export) {
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        var file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            export.write(file.toPath());
            say.accept(MessageFormat.format(bundle.getString("contacts.written"), file));
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        say.accept(MessageFormat.format(bundle.getString("contacts.failed"), e.getMessage()));
    }

    private static StringConverter<String> names(List<Operator> operators) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return operators.stream()
                        .filter(o -> o.id().equals(id))
                        .findFirst()
                        .map(o -> o.name() + " (" + id + ")")
                        .orElse(id == null ? "" : id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
