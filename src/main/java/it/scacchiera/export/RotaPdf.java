package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The rota printed by team, for the notice board: A4 landscape, each team from a new page, operators down
 * and dates across (a week per page, so a longer horizon goes on more pages), each cell the shift and its
 * times on the shift's colour, then the room and desk, remote, off or unavailable in words, so it reads in
 * black and white too. A long team carries on onto more pages with the dates repeated.
 */
public final class RotaPdf {
    /** What to print: the operators (in any order, e.g. the rota's filtered rows) over the dates. */
    public record Rota(
            String site,
            List<LocalDate> dates,
            List<Shift> shifts,
            List<Operator> operators,
            List<Floor> floors,
            List<ScheduleEntry> entries) {
        public Rota {
            dates = List.copyOf(dates);
            shifts = List.copyOf(shifts);
            operators = List.copyOf(operators);
            floors = List.copyOf(floors);
            entries = List.copyOf(entries);
        }
    }

    static final int DAYS_PER_PAGE = 7;
    private static final float NAME_WIDTH = 150;
    private static final float SIZE = 7.5f;
    private static final float LINE = 9;
    private static final float ROW = 2 * LINE + 5;
    // as the rota tab's CSS colours shifts, by their place in shifts.csv
    private static final Color[] SHIFT_FILLS = {
        new Color(0xcf, 0xe8, 0xff),
        new Color(0xff, 0xe2, 0xb8),
        new Color(0xd9, 0xd2, 0xf5),
        new Color(0xc9, 0xef, 0xd2),
        new Color(0xf7, 0xcf, 0xe0),
        new Color(0xf1, 0xee, 0xb0)
    };
    private static final Color UNAVAILABLE_FILL = new Color(0xe4, 0xe4, 0xe4);
    private static final Color FAINT = new Color(0x66, 0x66, 0x66);

    private final Locale locale;

    /** @param locale Italian gives an Italian rota; any other language an English one */
    public RotaPdf(Locale locale) {
        this.locale = locale;
    }

    /** Writes through {@link OutputFile}: all or nothing. */
    public void write(Path file, Rota rota) throws IOException {
        OutputFile.write(file, out -> write(out, rota));
    }

    public void write(OutputStream out, Rota rota) throws IOException {
        var texts = new SheetTexts(locale);
        try (PDDocument document = new PDDocument()) {
            try (var pages = new LandscapePages(document, texts)) {
                var writer = new Writer(pages, rota);
                if (rota.operators().isEmpty() || rota.dates().isEmpty()) {
                    pages.newPage(texts.get("rota.title.empty", rota.site()));
                    pages.line(texts.get("rota.nobody"), 10);
                }
                for (var team : teams(rota.operators(), texts).entrySet()) {
                    for (int from = 0; from < rota.dates().size(); from += DAYS_PER_PAGE) {
                        writer.team(
                                team.getKey(),
                                team.getValue(),
                                rota.dates().subList(from, Math.min(rota.dates().size(), from + DAYS_PER_PAGE)));
                    }
                }
            }
            document.save(out);
        }
    }

    /** Teams by name, the operators of each by name then id; operators without a team last, together. */
    private static Map<String, List<Operator>> teams(List<Operator> operators, SheetTexts texts) {
        String none = texts.get("rota.noTeam");
        Map<String, List<Operator>> teams = new TreeMap<>(Comparator.comparing((String t) -> t.equals(none))
                .thenComparing(String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Function.identity()));
        for (Operator operator : operators) {
            teams.computeIfAbsent(operator.team().isBlank() ? none : operator.team(), t -> new ArrayList<>())
                    .add(operator);
        }
        teams.values()
                .forEach(list -> list.sort(Comparator.comparing(Operator::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Operator::id)));
        return teams;
    }

    /** One document's pen: looks up who works where, and draws a team's pages. */
    private static final class Writer {
        private final LandscapePages pages;
        private final SheetTexts texts;
        private final Rota rota;
        private final Map<String, Map<LocalDate, ScheduleEntry>> working = new HashMap<>();
        private final Map<String, Floor> rooms;
        private final Map<String, Integer> shiftIndex = new HashMap<>();
        private final DateTimeFormatter day;

        Writer(LandscapePages pages, Rota rota) {
            this.pages = pages;
            this.texts = pages.texts();
            this.rota = rota;
            rota.entries().forEach(e -> working.computeIfAbsent(e.operatorId(), id -> new HashMap<>())
                    .putIfAbsent(e.date(), e));
            this.rooms = rota.floors().stream().collect(Collectors.toMap(Floor::id, f -> f, (a, b) -> a));
            for (int i = 0; i < rota.shifts().size(); i++) {
                shiftIndex.putIfAbsent(rota.shifts().get(i).code(), i);
            }
            this.day = DateTimeFormatter.ofPattern("EEE d MMM", texts.locale());
        }

        void team(String team, List<Operator> operators, List<LocalDate> dates) throws IOException {
            pages.newPage(texts.get(
                    "rota.title",
                    team,
                    rota.site(),
                    texts.date(dates.get(0)),
                    texts.date(dates.get(dates.size() - 1))));
            pages.line(legend(), SIZE);
            float column = (pages.width() - NAME_WIDTH) / DAYS_PER_PAGE;
            header(dates, column);
            for (Operator operator : operators) {
                if (!pages.fits(ROW)) {
                    pages.continuePage();
                    header(dates, column);
                }
                row(operator, dates, column);
            }
        }

        private String legend() {
            var shifts = rota.shifts().stream()
                    .map(s -> s.code() + " " + s.name() + " " + Times.format(s.start()) + "\u2013"
                            + Times.format(s.end()))
                    .collect(Collectors.joining(" \u00b7 "));
            return texts.get("rota.legend", shifts);
        }

        private void header(List<LocalDate> dates, float column) throws IOException {
            PdfText bold = pages.bold();
            float top = pages.y();
            pages.text(
                    bold, SIZE, pages.left() + 2, top - LINE, bold.fit(texts.get("rota.operator"), SIZE, NAME_WIDTH));
            for (int i = 0; i < dates.size(); i++) {
                float x = pages.left() + NAME_WIDTH + i * column;
                pages.text(bold, SIZE, x + 2, top - LINE, bold.fit(day.format(dates.get(i)), SIZE, column - 4));
            }
            pages.moveDown(LINE + 4);
            pages.rule(pages.y() + 1);
        }

        private void row(Operator operator, List<LocalDate> dates, float column) throws IOException {
            PdfText regular = pages.regular();
            PdfText bold = pages.bold();
            float top = pages.y();
            float x0 = pages.left();
            pages.text(bold, SIZE, x0 + 2, top - LINE, bold.fit(operator.name(), SIZE, NAME_WIDTH - 4));
            String second = operator.id() + (operator.inHouse() ? "" : " \u00b7 " + operator.employer());
            pages.text(regular, SIZE, x0 + 2, top - 2 * LINE, regular.fit(second, SIZE, NAME_WIDTH - 4), FAINT);
            Map<LocalDate, ScheduleEntry> days = working.getOrDefault(operator.id(), Map.of());
            for (int i = 0; i < dates.size(); i++) {
                float x = x0 + NAME_WIDTH + i * column;
                LocalDate date = dates.get(i);
                ScheduleEntry entry = days.get(date);
                float width = column - 4;
                if (entry != null) {
                    int index = shiftIndex.getOrDefault(entry.shift(), 0);
                    pages.box(x + 1, top - 1, column - 2, ROW - 2, SHIFT_FILLS[index % SHIFT_FILLS.length]);
                    String times =
                            entry.shift() + " " + Times.format(entry.start()) + "\u2013" + Times.format(entry.end());
                    pages.text(bold, SIZE, x + 2, top - LINE, bold.fit(times, SIZE, width));
                    String place = entry.remote()
                            ? texts.get("rota.remote")
                            : SeatingSheetPdf.roomName(rooms, entry.room()) + " "
                                    + entry.desk().label();
                    pages.text(regular, SIZE, x + 2, top - 2 * LINE, regular.fit(place, SIZE, width));
                } else if (!operator.availableOn(date)) {
                    pages.box(x + 1, top - 1, column - 2, ROW - 2, UNAVAILABLE_FILL);
                    pages.text(
                            regular,
                            SIZE,
                            x + 2,
                            top - LINE,
                            regular.fit(texts.get("rota.unavailable"), SIZE, width),
                            FAINT);
                } else {
                    pages.text(
                            regular, SIZE, x + 2, top - LINE, regular.fit(texts.get("rota.off"), SIZE, width), FAINT);
                }
            }
            pages.moveDown(ROW);
            pages.rule(pages.y() + 1);
        }
    }
}
