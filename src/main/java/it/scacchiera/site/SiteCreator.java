package it.scacchiera.site;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.DemandReader;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.OperatorsReader;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.ShiftsReader;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * File ▸ New site…: a new site folder made from chosen room files and the three planning CSVs. Every
 * file is checked first with the real readers; the folder appears whole, or not at all.
 */
public final class SiteCreator {
    /** The files a planner chose. */
    public record Sources(List<Path> floors, Path shifts, Path operators, Path demand) {
        public Sources {
            floors = List.copyOf(floors);
        }
    }

    /** What is wrong with one chosen file: its read error (file, line, column) or why it was not read. */
    public record Problem(Path file, String message) {}

    /** Reads every chosen file; the problems of all of them, in the order chosen, none when all read. */
    public List<Problem> check(Sources sources) {
        var problems = new ArrayList<Problem>();
        var rooms = new HashSet<String>();
        if (sources.floors().isEmpty()) {
            problems.add(new Problem(null, "no room: choose at least one .floor file"));
        }
        for (Path file : sources.floors()) {
            try {
                Floor floor = new FloorReader().read(file);
                if (!rooms.add(floor.id())) {
                    problems.add(new Problem(file, "a second room with the id " + floor.id()));
                }
            } catch (IOException | InputException e) {
                problems.add(new Problem(file, message(e)));
            }
        }
        Map<String, Shift> shifts = null;
        try {
            shifts = Site.byCode(new ShiftsReader().read(sources.shifts()));
        } catch (IOException | InputException e) {
            problems.add(new Problem(sources.shifts(), message(e)));
        }
        List<Operator> operators = null;
        if (shifts == null) {
            problems.add(new Problem(sources.operators(), "not checked: its shift codes need a readable shifts.csv"));
        } else {
            try {
                operators = new OperatorsReader().read(sources.operators(), shifts);
            } catch (IOException | InputException e) {
                problems.add(new Problem(sources.operators(), message(e)));
            }
        }
        if (operators == null) {
            problems.add(new Problem(
                    sources.demand(), "not checked: its codes need a readable shifts.csv and operators.csv"));
        } else {
            try {
                new DemandReader().read(sources.demand(), shifts, Site.services(operators));
            } catch (IOException | InputException e) {
                problems.add(new Problem(sources.demand(), message(e)));
            }
        }
        return problems;
    }

    /**
     * Makes {@code target} (which must not exist) holding copies of the chosen files, under the names a
     * site folder uses. The copies go to a hidden sibling folder first, renamed into place when complete.
     *
     * @throws InvalidSiteException when a chosen file does not read; nothing is created then
     */
    public Path create(Sources sources, Path target) throws IOException, InvalidSiteException {
        List<Problem> problems = check(sources);
        if (!problems.isEmpty()) {
            throw new InvalidSiteException(problems);
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "choose a new folder for the site");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            for (Path floor : sources.floors()) {
                Files.copy(floor, staging.resolve(floor.getFileName()));
            }
            Files.copy(sources.shifts(), staging.resolve(SiteReader.SHIFTS));
            Files.copy(sources.operators(), staging.resolve(SiteReader.OPERATORS));
            Files.copy(sources.demand(), staging.resolve(SiteReader.DEMAND));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            deleteTree(staging);
        }
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        return e.getMessage();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The chosen files do not make a site: every problem found. */
    public static final class InvalidSiteException extends Exception {
        private final transient List<Problem> problems;

        public InvalidSiteException(List<Problem> problems) {
            super(problems.size() + " file(s) could not be read: "
                    + problems.stream().map(Problem::message).toList());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
