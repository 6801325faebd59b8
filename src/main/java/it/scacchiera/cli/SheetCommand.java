package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.SeatingSheetPdf;
import it.scacchiera.export.SheetSelection;
import it.scacchiera.files.OutputFile;
import it.scacchiera.input.InputException;
import it.scacchiera.site.SiteReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sheet}: the day's seating sheets as PDF (SPEC §4–§5). */
@Command(name = "sheet", description = "Writes the daily seating sheets of one date as PDF.")
final class SheetCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--schedule", required = true, paramLabel = "F")
    Path schedule;

    @Option(names = "--floors", required = true, paramLabel = "DIR")
    Path floors;

    @Option(names = "--date", required = true, paramLabel = "DATE")
    LocalDate date;

    @Option(names = "--out", required = true, paramLabel = "F.pdf")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "it|en",
            description = "Language of the sheet: it or en (default: the system's, English unless Italian).")
    String lang;

    @Option(names = "--room", paramLabel = "ID", description = "Only this room (its pages and its checklist).")
    String room;

    @Option(names = "--shift", paramLabel = "CODE", description = "With --room: only this shift of the room.")
    String shift;

    private Locale locale() {
        if (lang == null) {
            return Locale.getDefault();
        }
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "it" -> Locale.ITALIAN;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang must be it or en, not " + lang);
        };
    }

    @Override
    public Integer call() throws IOException, InputException {
        OutputFile.checkWritable(out);
        var rooms = new SiteReader().readFloors(floors);
        var entries = new ScheduleCsvReader().withFloors(rooms).read(schedule);
        if (shift != null && room == null) {
            throw new IllegalArgumentException("--shift goes with --room");
        }
        var selection = new SheetSelection(room, shift);
        new SeatingSheetPdf(locale()).write(out, date, rooms, entries, selection);
        spec.commandLine().getOut().println("wrote " + out);
        return ExitCodes.OK;
    }
}
