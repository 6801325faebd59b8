package it.scacchiera.site;

import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.DemandReader;
import it.scacchiera.roster.OperatorsReader;
import it.scacchiera.roster.ShiftsReader;
import java.io.IOException;
import java.nio.file.Path;

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
        var rooms = new FloorReader().readDirectory(floors);
        var shifts = new ShiftsReader().read(shiftsFile);
        var shiftsByCode = Site.byCode(shifts);
        var operators = new OperatorsReader().read(operatorsFile, shiftsByCode);
        var demand = new DemandReader().read(demandFile, shiftsByCode, Site.services(operators));
        Path name = floors.toAbsolutePath().normalize().getFileName();
        return Site.of(name == null ? "site" : name.toString(), rooms, shifts, operators, demand);
    }
}
