package it.scacchiera.cli;

import it.scacchiera.export.ContactListCsvWriter;
import it.scacchiera.export.ContactListPdf;
import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.files.OutputFile;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import it.scacchiera.report.Contact;
import it.scacchiera.report.ContactList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contacts}: who shared a room or a desk with an operator, from the schedule alone (SPEC §4–§5). */
@Command(
        name = "contacts",
        description = "Writes the contact list of an operator; last line contacts=<distinct operators> rows=<n>.")
final class ContactsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--floors", required = true, paramLabel = "DIR", description = "Folder of *.floor rooms.")
    Path floors;

    @Option(names = "--schedule", required = true, paramLabel = "F", description = "The schedule CSV.")
    Path schedule;

    @Option(names = "--operator", required = true, paramLabel = "ID", description = "The operator's id.")
    String operator;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First date of the operator's rows.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last date, included.")
    LocalDate to;

    @Option(
            names = "--out",
            paramLabel = "F.csv",
            description = "Where to write the CSV (default: printed); a name ending in .pdf writes the list as a PDF"
                    + " to print instead.")
    Path out;

    /** The PDF's column titles, one per CSV column (SPEC §4). */
    static final List<String> PDF_HEADER = List.of(
            "Date",
            "Shift",
            "Room",
            "Desk",
            "Contact id",
            "Contact",
            "Their shift",
            "Their desk",
            "Distance (m)",
            "Overlap (min)",
            "Reason");

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "Europe/Rome",
            description = "The site's time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",", description = "',' (default) or ';'.")
    char delimiter;

    private String name(List<it.scacchiera.roster.ScheduleEntry> entries) {
        return entries.stream()
                .filter(e -> e.operatorId().equals(operator))
                .map(e -> "(" + e.operatorName() + ")")
                .findFirst()
                .orElse("");
    }

    @Override
    public Integer call() throws IOException, InputException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        var rooms = new FloorReader().readDirectory(floors);
        var entries = new ScheduleCsvReader().withFloors(rooms).read(schedule);
        if (entries.stream().noneMatch(e -> e.operatorId().equals(operator))) {
            throw new IllegalArgumentException(schedule + ": unknown operator " + operator + ", not in the schedule");
        }
        List<Contact> contacts = new ContactList(rooms, zone).of(operator, from, to, entries);
        var writer = new ContactListCsvWriter(delimiter);
        var printed = spec.commandLine().getOut();
        if (out == null) {
            writer.write(printed, contacts);
        } else if (ReportCommand.pdf(out)) {
            OutputFile.checkWritable(out);
            String title = "Contact list — " + operator + " " + name(entries) + " — " + from + " … " + to;
            ContactListPdf.write(out, title, PDF_HEADER, ContactListPdf.csvRows(contacts, rooms));
            printed.println("wrote " + contacts.size() + " rows to " + out);
        } else {
            writer.write(out, contacts);
            printed.println("wrote " + contacts.size() + " rows to " + out);
        }
        long people =
                contacts.stream().map(c -> c.contact().operatorId()).distinct().count();
        printed.println("contacts=" + people + " rows=" + contacts.size());
        printed.flush();
        return ExitCodes.OK;
    }
}
