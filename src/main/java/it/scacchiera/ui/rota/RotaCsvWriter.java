package it.scacchiera.ui.rota;

import it.scacchiera.export.ScheduleCsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rota as CSV: one row per operator, one column per ISO date; a cell is {@code off}, {@code unavailable},
 * {@code <shift> remote} or {@code <shift> <room>/<desk>}. RFC 4180 quoting and the formula guard of SPEC §4.
 */
final class RotaCsvWriter {
    static final List<String> FIRST_COLUMNS = List.of("operator_id", "operator_name", "team", "employer");

    void write(Path file, List<LocalDate> dates, List<RotaRow> rows) throws IOException {
        var text = new StringBuilder();
        write(text, dates, rows);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    void write(Appendable out, List<LocalDate> dates, List<RotaRow> rows) throws IOException {
        var printer = new CSVPrinter(out, CSVFormat.RFC4180);
        var header = new ArrayList<>(FIRST_COLUMNS);
        dates.forEach(date -> header.add(date.toString()));
        printer.printRecord(header);
        for (RotaRow row : rows) {
            var cells = new ArrayList<String>();
            cells.add(row.operator().id());
            cells.add(row.operator().name());
            cells.add(row.operator().team());
            cells.add(row.operator().employer());
            row.cells().forEach(cell -> cells.add(text(cell)));
            printer.printRecord(cells.stream().map(ScheduleCsvWriter::guard).toList());
        }
        printer.flush();
    }

    static String text(RotaCell cell) {
        return switch (cell.kind()) {
            case OFF -> "off";
            case UNAVAILABLE -> "unavailable";
            case REMOTE -> cell.shift() + " remote";
            case OFFICE -> cell.shift() + " " + cell.place();
        };
    }
}
