package it.scacchiera.ui.absence;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.report.PlanDiff;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The difference a re-plan makes, before it is put on screen: who moves where, which slots go short. */
public final class DiffDialog extends Dialog<Boolean> {
    private final ResourceBundle bundle;
    private final Map<String, String> roomNames;
    private final DateTimeFormatter dates;

    public DiffDialog(PlanDiff diff, List<Floor> floors, ResourceBundle bundle) {
        this.bundle = bundle;
        this.roomNames = floors.stream().collect(Collectors.toMap(Floor::id, Floor::name, (a, b) -> a));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(bundle.getLocale());
        setTitle(bundle.getString("diff.title"));
        setHeaderText(Messages.format(
                bundle, "diff.header", diff.moves().size(), diff.slots().size()));
        setResizable(true);
        var moves = new TableView<PlanDiff.Move>();
        moves.setId("diffMoves");
        moves.setPlaceholder(new Label(bundle.getString("diff.noMoves")));
        moves.getColumns()
                .setAll(List.of(
                        column("diff.operator", m -> m.operatorName() + " (" + m.operatorId() + ")", 200),
                        column("diff.date", m -> dates.format(m.date()), 110),
                        column("diff.before", m -> place(m.before()), 190),
                        column("diff.after", m -> place(m.after()), 190)));
        moves.getItems().setAll(diff.moves());
        var slots = new TableView<PlanDiff.SlotShort>();
        slots.setId("diffSlots");
        slots.setPlaceholder(new Label(bundle.getString("diff.noSlots")));
        slots.getColumns()
                .setAll(List.of(
                        column("diff.date", s -> dates.format(s.date()), 110),
                        column("diff.shift", PlanDiff.SlotShort::shift, 70),
                        column("diff.service", PlanDiff.SlotShort::service, 90),
                        column("diff.required", s -> Integer.toString(s.required()), 80),
                        column("diff.short", s -> s.shortBefore() + " → " + s.shortAfter(), 170)));
        slots.getItems().setAll(diff.slots());
        slots.setRowFactory(table -> new SlotRow());
        var box = new VBox(
                6, new Label(bundle.getString("diff.moves")), moves, new Label(bundle.getString("diff.slots")), slots);
        box.setPrefSize(780, 520);
        getDialogPane().setContent(box);
        var accept = new ButtonType(bundle.getString("diff.accept"), ButtonBar.ButtonData.OK_DONE);
        var discard = new ButtonType(bundle.getString("diff.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(accept, discard);
        getDialogPane().lookupButton(accept).setId("diffAccept");
        getDialogPane().lookupButton(discard).setId("diffDiscard");
        setResultConverter(button -> button == accept);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text, double width) {
        var column = new TableColumn<T, String>(bundle.getString(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** "M · Sala B3", "M · remote" or "off". */
    String place(ScheduleEntry e) {
        if (e == null) {
            return bundle.getString("diff.off");
        }
        String where = e.remote()
                ? bundle.getString("diff.remote")
                : roomNames.getOrDefault(e.room(), e.room()) + " " + e.desk().label();
        return e.shift() + " · " + where;
    }

    /** Slots short after the re-plan in red. */
    private static final class SlotRow extends javafx.scene.control.TableRow<PlanDiff.SlotShort> {
        @Override
        protected void updateItem(PlanDiff.SlotShort item, boolean empty) {
            super.updateItem(item, empty);
            setStyle(
                    !empty && item != null && item.shortAfter() > item.shortBefore()
                            ? "-fx-text-background-color: #b00020;"
                            : "");
        }
    }
}
