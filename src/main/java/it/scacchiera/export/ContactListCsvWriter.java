package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.report.Contact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the contact list CSV of SPEC §4 in the order given; distances with two decimals. */
public final class ContactListCsvWriter {
    public static final List<String> HEADER = List.of(
            "date",
            "shift",
            "room",
            "desk",
            "contact_id",
            "contact_name",
            "contact_shift",
            "contact_desk",
            "distance_m",
            "overlap_minutes",
            "reason");

    private final char delimiter;

    /** @param delimiter {@code ','} or {@code ';'} */
    public ContactListCsvWriter(char delimiter) {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("delimiter must be ',' or ';'");
        }
        this.delimiter = delimiter;
    }

    public void write(Path file, List<Contact> contacts) throws IOException {
        OutputFile.writeText(file, out -> write(out, contacts));
    }

    public void write(Appendable out, List<Contact> contacts) throws IOException {
        var printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        printer.printRecord(HEADER);
        for (Contact contact : contacts) {
            printer.printRecord(
                    cells(contact).stream().map(ScheduleCsvWriter::guard).toList());
        }
        printer.flush();
    }

    static List<String> cells(Contact c) {
        return List.of(
                c.row().date().toString(),
                c.row().shift(),
                c.row().room(),
                c.row().desk().label(),
                c.contact().operatorId(),
                c.contact().operatorName() == null ? "" : c.contact().operatorName(),
                c.contact().shift(),
                c.contact().desk().label(),
                c.distanceMetres(2).toPlainString(),
                Long.toString(c.overlapMinutes()),
                c.reason().text());
    }
}
