package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.DeskId;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A conflict line runs through the centres of both desks, where the initials are: they are written
 * again over it, ringed in the desk's colour, so the line never hides who sits there.
 */
final class ConflictLabels {
    private ConflictLabels() {}

    static void repaint(GraphicsContext g, MapScene scene, Viewport view, Color deskFill) {
        Set<DeskId> desks = new LinkedHashSet<>();
        scene.conflicts().forEach(pair -> {
            desks.add(pair.first());
            desks.add(pair.second());
        });
        g.setLineDashes();
        g.setLineWidth(3);
        g.setStroke(deskFill);
        g.setFill(Color.WHITE);
        for (DeskId id : desks) {
            String initials = scene.occupants().get(id);
            if (initials != null && !initials.isEmpty()) {
                double x = view.left(id.column() - 1) + view.cellWidth() / 2;
                double y = view.top(id.row()) + view.cellHeight() / 2;
                g.strokeText(initials, x, y);
                g.fillText(initials, x, y);
            }
        }
    }
}
