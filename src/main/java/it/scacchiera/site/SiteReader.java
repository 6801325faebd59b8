package it.scacchiera.site;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.DemandReader;
import it.scacchiera.roster.OperatorsReader;
import it.scacchiera.roster.ShiftsReader;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a whole site: a folder of {@code *.floor} rooms and the three planning CSVs. Everything is read
 * before anything is returned, so bad input leaves nothing half-loaded.
 */
public final class SiteReader {
    public static final String SHIFTS = "shifts.csv";
    public static final String OPERATORS = "operators.csv";
    public static final String DEMAND = "demand.csv";

    /**
     * A site kept in one folder: the rooms beside shifts.csv, operators.csv and demand.csv, and its
     * identity in site.id (created the first time).
     */
    public Site readFolder(Path folder) throws IOException, InputException {
        Site site = read(folder, folder.resolve(SHIFTS), folder.resolve(OPERATORS), folder.resolve(DEMAND));
        return site.withId(new SiteIdentity().of(folder));
    }

    public Site read(Path floors, Path shiftsFile, Path operatorsFile, Path demandFile)
            throws IOException, InputException {
        var rooms = readFloors(floors);
        var shifts = new ShiftsReader().read(shiftsFile);
        var shiftsByCode = Site.byCode(shifts);
        var operators = new OperatorsReader().read(operatorsFile, shiftsByCode);
        var demand = new DemandReader().read(demandFile, shiftsByCode, Site.services(operators));
        Path name = floors.toAbsolutePath().normalize().getFileName();
        return Site.of(name == null ? "site" : name.toString(), rooms, shifts, operators, demand);
    }

    /**
     * The rooms of a floors folder. Every {@code *.floor} entry must be a room file: a link to nothing or
     * a folder so named fails naming its path, rather than a room silently missing from the plan.
     */
    public List<Floor> readFloors(Path folder) throws IOException, InputException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.getFileName().toString().endsWith(".floor")) {
                    continue;
                }
                if (!Files.exists(entry)) {
                    throw new FileSystemException(entry.toString(), null, "a link to a file that does not exist");
                }
                if (Files.isDirectory(entry)) {
                    throw new FileSystemException(entry.toString(), null, "a folder, not a room file");
                }
                if (!Files.isRegularFile(entry)) {
                    throw new FileSystemException(entry.toString(), null, "not a regular file");
                }
            }
        }
        return new FloorReader().readDirectory(folder);
    }
}
