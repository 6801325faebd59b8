package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.report.PlannedService;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.report.ServiceLevelTotals;
import it.scacchiera.roster.ErlangInputs;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The service-level report of SPEC §4 as a PDF for the client: per date, shift and service the operators
 * required and planned (office, remote, short), the Erlang C target and the service level and average speed
 * of answer the planned staff reaches; then the totals, and each room's capacity under its distancing rule
 * beside its desk count. Aggregates only: no operator is named anywhere (SPEC §6). A4 landscape, the header
 * repeated on every page, in English or Italian.
 */
public final class ServiceLevelPdf {
    /** A room and its capacity under its rule. */
    public record RoomCapacity(Floor floor, CapacityResult capacity) {}

    private static final float SIZE = 8;
    private static final float ROW = 13;
    private static final float[] WIDTHS = {95, 38, 70, 55, 50, 58, 55, 55, 50, 95, 95, 60};
    private static final float[] ROOM_WIDTHS = {180, 120, 70, 200};
    private static final Color SHORT = new Color(0xc6, 0x28, 0x28);

    private final Locale locale;

    /** @param locale Italian gives an Italian report; any other language an English one */
    public ServiceLevelPdf(Locale locale) {
        this.locale = locale;
    }

    /** Writes through {@link OutputFile}: all or nothing. */
    public void write(Path file, String site, List<ServiceLevelRow> rows, List<RoomCapacity> rooms) throws IOException {
        OutputFile.write(file, out -> write(out, site, rows, rooms));
    }

    public void write(OutputStream out, String site, List<ServiceLevelRow> rows, List<RoomCapacity> rooms)
            throws IOException {
        var texts = new SheetTexts(locale);
        var numbers = new Numbers(texts.locale());
        try (PDDocument document = new PDDocument()) {
            try (var pages = new LandscapePages(document, texts)) {
                String period = rows.isEmpty()
                        ? ""
                        : texts.get(
                                "report.period",
                                texts.date(rows.get(0).date()),
                                texts.date(rows.get(rows.size() - 1).date()));
                pages.newPage(texts.get("report.title", site, period));
                pages.line(texts.get("report.privacy"), SIZE);
                table(
                        pages,
                        texts.columns(
                                "date",
                                "shift",
                                "service",
                                "required",
                                "office",
                                "remote",
                                "short",
                                "calls",
                                "aht",
                                "target",
                                "plannedSl",
                                "asa"),
                        WIDTHS,
                        rows.stream().map(row -> cells(row, texts, numbers)).toList(),
                        6);
                ServiceLevelTotals totals = ServiceLevelTotals.of(rows);
                pages.moveDown(4);
                pages.line(
                        texts.get(
                                "report.totals",
                                numbers.whole(totals.required()),
                                numbers.whole(totals.planned()),
                                numbers.whole(totals.shortfall())),
                        9);
                if (!rooms.isEmpty()) {
                    if (!pages.fits(3 * ROW + 20)) {
                        pages.newPage(texts.get("report.title", site, period));
                    }
                    pages.moveDown(6);
                    pages.line(texts.get("report.rooms"), 10);
                    table(
                            pages,
                            texts.columns("room", "rule", "desks", "capacity"),
                            ROOM_WIDTHS,
                            rooms.stream()
                                    .map(room -> room(room, texts, numbers))
                                    .toList(),
                            -1);
                }
            }
            document.save(out);
        }
    }

    static List<String> cells(ServiceLevelRow row, SheetTexts texts, Numbers numbers) {
        ErlangInputs erlang = row.erlang();
        PlannedService planned = row.planned();
        return List.of(
                numbers.date(row.date()),
                row.shift(),
                row.service(),
                numbers.whole(row.required()),
                numbers.whole(row.office()),
                numbers.whole(row.remote()),
                numbers.whole(row.shortfall()),
                erlang == null ? "" : numbers.plain(erlang.calls()),
                erlang == null ? "" : numbers.plain(erlang.ahtSeconds()),
                erlang == null || Double.isNaN(erlang.slPercent())
                        ? ""
                        : texts.get(
                                "report.target", numbers.plain(erlang.slPercent()), numbers.plain(erlang.slSeconds())),
                planned == null ? "" : numbers.oneDecimal(planned.slPercent()),
                planned == null || Double.isNaN(planned.asaSeconds()) ? "" : numbers.oneDecimal(planned.asaSeconds()));
    }

    private static List<String> room(RoomCapacity room, SheetTexts texts, Numbers numbers) {
        CapacityResult result = room.capacity();
        Floor floor = room.floor();
        return List.of(
                floor.name().isBlank() ? floor.id() : floor.name(),
                rule(floor.distance(), texts, numbers),
                numbers.whole(result.desks()),
                result.optimal()
                        ? texts.get("report.capacity.optimal", numbers.whole(result.capacity()))
                        : texts.get(
                                "report.capacity.bound",
                                numbers.whole(result.capacity()),
                                numbers.whole(result.upperBound())));
    }

    private static String rule(DistanceRule rule, SheetTexts texts, Numbers numbers) {
        if (rule instanceof DistanceRule.Metric metric) {
            return texts.get("report.rule.metres", numbers.plain(metric.metres().doubleValue()));
        }
        return texts.get(rule instanceof DistanceRule.King ? "report.rule.king" : "report.rule.checkerboard");
    }

    /**
     * Rows of single-line cells, numbers right-aligned from the fourth column; the header repeats on each
     * page. {@code redColumn}, when ≥ 0, is printed red and bold where it is not "0".
     */
    private static void table(
            LandscapePages pages, List<String> header, float[] widths, List<List<String>> rows, int redColumn)
            throws IOException {
        header(pages, header, widths);
        for (List<String> row : rows) {
            if (!pages.fits(ROW)) {
                pages.continuePage();
                header(pages, header, widths);
            }
            float x = pages.left();
            float baseline = pages.y() - SIZE - 1;
            for (int c = 0; c < row.size(); c++) {
                boolean red = c == redColumn && !row.get(c).equals("0");
                PdfText font = red ? pages.bold() : pages.regular();
                String text = font.fit(row.get(c), SIZE, widths[c] - 6);
                float at = c >= 3 ? x + widths[c] - 6 - font.width(text, SIZE) : x + 2;
                pages.text(font, SIZE, at, baseline, text, red ? SHORT : Color.BLACK);
                x += widths[c];
            }
            pages.moveDown(ROW);
            pages.rule(pages.y() + 2);
        }
    }

    private static void header(LandscapePages pages, List<String> header, float[] widths) throws IOException {
        PdfText bold = pages.bold();
        float x = pages.left();
        for (int c = 0; c < header.size(); c++) {
            String text = bold.fit(header.get(c), SIZE, widths[c] - 6);
            float at = c >= 3 ? x + widths[c] - 6 - bold.width(text, SIZE) : x + 2;
            pages.text(bold, SIZE, at, pages.y() - SIZE - 1, text);
            x += widths[c];
        }
        pages.moveDown(ROW);
        pages.rule(pages.y() + 2);
    }

    /** Dates and numbers in the report's language: "Mon 7 Dec 2026", "12.5" or "12,5"; no thousands separator. */
    static final class Numbers {
        private final DateTimeFormatter date;
        private final NumberFormat whole;
        private final NumberFormat plain;
        private final NumberFormat decimal;

        Numbers(Locale locale) {
            this.date = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
            this.whole = NumberFormat.getIntegerInstance(locale);
            this.plain = NumberFormat.getNumberInstance(locale);
            this.decimal = NumberFormat.getNumberInstance(locale);
            whole.setGroupingUsed(false);
            plain.setGroupingUsed(false);
            plain.setMaximumFractionDigits(3);
            decimal.setGroupingUsed(false);
            decimal.setMinimumFractionDigits(1);
            decimal.setMaximumFractionDigits(1);
            decimal.setRoundingMode(java.math.RoundingMode.HALF_UP);
        }

        String date(java.time.LocalDate day) {
            return date.format(day);
        }

        String whole(long value) {
            return whole.format(value);
        }

        String plain(double value) {
            return Double.isNaN(value) ? "" : plain.format(value);
        }

        String oneDecimal(double value) {
            return decimal.format(value);
        }
    }
}
