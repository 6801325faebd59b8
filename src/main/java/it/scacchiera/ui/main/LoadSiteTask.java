package it.scacchiera.ui.main;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.concurrent.Task;

/** Reads a site's rooms and computes each one's capacity, reporting progress; stops when cancelled. */
final class LoadSiteTask extends Task<List<RoomSummary>> {
    private final FloorReader reader;
    private final Path site;
    private final ResourceBundle bundle;

    LoadSiteTask(FloorReader reader, Path site, ResourceBundle bundle) {
        this.reader = reader;
        this.site = site;
        this.bundle = bundle;
    }

    @Override
    protected List<RoomSummary> call() throws Exception {
        updateMessage(MessageFormat.format(bundle.getString("load.reading"), site));
        List<Floor> floors = reader.readDirectory(site);
        var rooms = new ArrayList<RoomSummary>();
        for (Floor floor : floors) {
            if (isCancelled()) {
                break;
            }
            updateMessage(MessageFormat.format(bundle.getString("load.capacity"), floor.name()));
            rooms.add(RoomAnalysis.of(floor)); // floorplan code does the work; the task reports
            updateProgress(rooms.size(), floors.size());
        }
        return List.copyOf(rooms);
    }
}
