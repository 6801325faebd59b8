package it.scacchiera.ui.floormap;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** Small pictures of the map's marks, drawn by the map's own painter, for the legend beside the map. */
public final class Legend {
    private static final double SIZE = 20;

    private Legend() {}

    public static Canvas desk(DeskLook look) {
        return draw((painter, g) -> painter.paintDesk(g, look, "AB", false, 1, 1, SIZE - 2, SIZE - 2, true));
    }

    /** A free desk in the capacity pattern. */
    public static Canvas pattern() {
        return draw((painter, g) -> painter.paintDesk(g, DeskLook.FREE, "", true, 1, 1, SIZE - 2, SIZE - 2, false));
    }

    /** An occupied desk whose operator the planner pinned: the map's gold corner. */
    public static Canvas pinned() {
        return draw((painter, g) -> {
            painter.paintDesk(g, DeskLook.OCCUPIED, "AB", false, 1, 1, SIZE - 2, SIZE - 2, true);
            painter.paintPin(g, 1, 1, SIZE - 2, SIZE - 2);
        });
    }

    public static Canvas conflict() {
        return draw((painter, g) -> painter.paintConflict(g, 0, SIZE / 2, SIZE, SIZE / 2));
    }

    private static Canvas draw(java.util.function.BiConsumer<MapPainter, GraphicsContext> drawing) {
        var canvas = new Canvas(SIZE, SIZE);
        var painter = new MapPainter();
        painter.useLetters(canvas.getGraphicsContext2D(), SIZE * 0.9);
        drawing.accept(painter, canvas.getGraphicsContext2D());
        return canvas;
    }
}
