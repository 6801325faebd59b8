package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.report.PlannedService;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.roster.ErlangInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the service-level report CSV of SPEC §4, rows in the order given, one decimal for the reached level. */
public final class ServiceLevelCsvWriter {
    public static final List<String> HEADER = List.of(
            "date",
            "shift",
            "service",
            "required",
            "office",
            "remote",
            "short",
            "calls",
            "aht",
            "sl_percent",
            "sl_seconds",
            "planned_sl_percent",
            "planned_asa_seconds");

    private final char delimiter;

    /** @param delimiter {@code ','} or {@code ';'} */
    public ServiceLevelCsvWriter(char delimiter) {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("delimiter must be ',' or ';'");
        }
        this.delimiter = delimiter;
    }

    public void write(Path file, List<ServiceLevelRow> rows) throws IOException {
        OutputFile.writeText(file, out -> write(out, rows));
    }

    public void write(Appendable out, List<ServiceLevelRow> rows) throws IOException {
        var printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        printer.printRecord(HEADER);
        for (ServiceLevelRow row : rows) {
            printer.printRecord(
                    cells(row).stream().map(ScheduleCsvWriter::guard).toList());
        }
        printer.flush();
    }

    static List<String> cells(ServiceLevelRow row) {
        ErlangInputs erlang = row.erlang();
        PlannedService planned = row.planned();
        return List.of(
                row.date().toString(),
                row.shift(),
                row.service(),
                Integer.toString(row.required()),
                Integer.toString(row.office()),
                Integer.toString(row.remote()),
                Integer.toString(row.shortfall()),
                erlang == null ? "" : Decimals.plain(erlang.calls()),
                erlang == null ? "" : Decimals.plain(erlang.ahtSeconds()),
                erlang == null ? "" : Decimals.plain(erlang.slPercent()),
                erlang == null ? "" : Decimals.plain(erlang.slSeconds()),
                planned == null ? "" : Decimals.fixed(planned.slPercent(), 1),
                planned == null ? "" : Decimals.fixed(planned.asaSeconds(), 1));
    }
}
