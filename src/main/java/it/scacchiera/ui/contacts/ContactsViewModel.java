package it.scacchiera.ui.contacts;

import it.scacchiera.export.ContactListCsvWriter;
import it.scacchiera.export.ContactListPdf;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.report.Contact;
import it.scacchiera.report.ContactList;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact list of one operator over chosen dates, computed off the FX thread from the plan on screen
 * (a copy of its rows taken when asked), and its CSV and PDF exports.
 */
public final class ContactsViewModel {
    private final List<Floor> floors;
    private final ZoneId zone;
    private final List<ScheduleEntry> schedule;
    private final Executor background;
    private final Executor fxThread;
    private final ObjectProperty<String> operatorId = new SimpleObjectProperty<>(this, "operatorId");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Contact> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ContactsViewModel(
            List<Floor> floors, ZoneId zone, List<ScheduleEntry> schedule, Executor background, Executor fxThread) {
        this.floors = List.copyOf(floors);
        this.zone = zone;
        this.schedule = List.copyOf(schedule);
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Lists the contacts in the background; the rows change on the FX thread. */
    public void compute(Consumer<Exception> onFailure) {
        String who = operatorId.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (who == null || first == null || last == null || busy.get()) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            try {
                List<Contact> found = new ContactList(floors, zone).of(who, first, last, schedule);
                fxThread.execute(() -> {
                    rows.setAll(found);
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    busy.set(false);
                    onFailure.accept(e);
                });
            }
        });
    }

    public void exportCsv(Path file) throws IOException {
        new ContactListCsvWriter(',').write(file, List.copyOf(rows));
    }

    /** @param rows the cells of each contact as the window words them, in the header's order */
    public void exportPdf(Path file, String title, List<String> header, List<List<String>> rows) throws IOException {
        ContactListPdf.write(file, title, header, rows);
    }

    /** The room's name as the rest of the window shows it; its id when the site does not know it. */
    public String roomName(String id) {
        return floors.stream()
                .filter(floor -> floor.id().equals(id))
                .map(Floor::name)
                .findFirst()
                .orElse(id);
    }

    public ObjectProperty<String> operatorIdProperty() {
        return operatorId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Contact> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
