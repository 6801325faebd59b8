package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws one frame of a floor map, visiting only the cells in view so a 1,000-desk hall stays cheap. */
final class MapPainter {
    private static final Color BACKGROUND = Color.web("#eceff1");
    private static final Color FLOOR = Color.web("#fafafa");
    private static final Color GRID_LINE = Color.web("#e0e0e0");
    private static final Color WALL = Color.web("#37474f");
    private static final Color SCREEN = Color.web("#0277bd");
    private static final Color DESK_LINE = Color.web("#455a64");
    private static final Color FREE = Color.WHITE;
    private static final Color OCCUPIED = Color.web("#1565c0");
    private static final Color UNUSABLE = Color.web("#cfd8dc");
    private static final Color OUT_OF_SERVICE = Color.web("#ffe0b2");
    private static final Color OUT_OF_SERVICE_LINE = Color.web("#bf360c");
    private static final Color FIXED_POST = Color.web("#4527a0");
    private static final Color PATTERN = Color.web("#2e7d32", 0.45);
    private static final Color CONFLICT = Color.web("#d32f2f");
    private static final Color PIN = Color.web("#ffb300");
    private static final Color CURSOR = Color.web("#ff6f00");

    void paint(GraphicsContext g, MapScene scene, Viewport view) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, view.width(), view.height());
        if (scene.graph() == null) {
            return;
        }
        Floor floor = scene.graph().floor();
        double size = Math.min(view.cellWidth(), view.cellHeight());
        useLetters(g, size);
        for (int r = view.firstVisibleRow(); r <= view.lastVisibleRow(floor.rows()); r++) {
            for (int c = view.firstVisibleColumn(); c <= view.lastVisibleColumn(floor.columns()); c++) {
                paintCell(g, scene, view, r, c, size >= 14);
            }
        }
        paintConflicts(g, scene, view);
        if (size >= 14) {
            ConflictLabels.repaint(g, scene, view, OCCUPIED);
        }
        if (scene.cursor() != null) {
            g.setStroke(CURSOR);
            g.setLineWidth(3);
            g.setLineDashes();
            MapCell cursor = scene.cursor();
            g.strokeRect(view.left(cursor.column()), view.top(cursor.row()), view.cellWidth(), view.cellHeight());
        }
    }

    private void paintCell(GraphicsContext g, MapScene scene, Viewport view, int r, int c, boolean letters) {
        CellKind kind = scene.graph().floor().kind(r, c);
        if (kind == CellKind.OUTSIDE) {
            return;
        }
        double x = view.left(c);
        double y = view.top(r);
        double w = view.cellWidth();
        double h = view.cellHeight();
        g.setLineDashes();
        if (kind == CellKind.WALL) {
            g.setFill(WALL);
            g.fillRect(x, y, w + 0.5, h + 0.5); // overlap half a pixel: no seams between wall cells
            return;
        }
        g.setFill(FLOOR);
        g.fillRect(x, y, w + 0.5, h + 0.5);
        g.setStroke(GRID_LINE);
        g.setLineWidth(0.5);
        g.strokeRect(x, y, w, h);
        g.setStroke(SCREEN);
        g.setLineWidth(Math.max(2, Math.min(w, h) * 0.15));
        if (kind == CellKind.SCREEN_VERTICAL) {
            g.strokeLine(x + w / 2, y, x + w / 2, y + h);
        } else if (kind == CellKind.SCREEN_HORIZONTAL) {
            g.strokeLine(x, y + h / 2, x + w, y + h / 2);
        } else if (kind.hasDeskId()) {
            paintDesk(g, scene, DeskId.ofCell(r, c), x + w * 0.1, y + h * 0.1, w * 0.8, h * 0.8, letters);
        }
    }

    private void paintDesk(
            GraphicsContext g, MapScene scene, DeskId id, double x, double y, double w, double h, boolean letters) {
        DeskLook look = DeskLook.of(scene.graph(), id, scene.occupants());
        boolean inPattern = scene.showPattern() && scene.pattern().contains(id);
        paintDesk(g, look, scene.occupants().get(id), inPattern, x, y, w, h, letters);
        if (scene.pinned().contains(id)) {
            paintPin(g, x, y, w, h);
        }
    }

    /** A pinned decision: a gold corner the solver will not move. */
    void paintPin(GraphicsContext g, double x, double y, double w, double h) {
        double d = Math.min(w, h) * 0.4;
        g.setFill(PIN);
        g.fillPolygon(new double[] {x + w - d, x + w, x + w}, new double[] {y, y, y + d}, 3);
    }

    /** One desk of a given look; also draws the legend's swatches, so legend and map cannot differ. */
    void paintDesk(
            GraphicsContext g,
            DeskLook look,
            String initials,
            boolean inPattern,
            double x,
            double y,
            double w,
            double h,
            boolean letters) {
        g.setLineDashes();
        g.setLineWidth(1);
        g.setStroke(DESK_LINE);
        switch (look) {
            case FREE -> g.setFill(FREE);
            case OCCUPIED -> g.setFill(OCCUPIED);
            case UNUSABLE -> g.setFill(UNUSABLE);
            case OUT_OF_SERVICE -> g.setFill(OUT_OF_SERVICE);
            case FIXED_POST -> g.setFill(FIXED_POST);
        }
        g.fillRect(x, y, w, h);
        if (look == DeskLook.OUT_OF_SERVICE) {
            hatch(g, x, y, w, h);
        }
        if (look == DeskLook.UNUSABLE) {
            g.strokeLine(x, y + h, x + w, y);
        }
        g.setStroke(DESK_LINE);
        g.setLineWidth(1);
        g.strokeRect(x, y, w, h);
        if (inPattern) {
            g.setFill(PATTERN);
            double d = Math.min(w, h) * 0.55;
            g.fillOval(x + (w - d) / 2, y + (h - d) / 2, d, d);
        }
        if (letters) {
            String mark =
                    switch (look) {
                        case OCCUPIED -> initials;
                        case OUT_OF_SERVICE -> "X";
                        case FIXED_POST -> "S";
                        default -> "";
                    };
            g.setFill(look == DeskLook.OUT_OF_SERVICE ? OUT_OF_SERVICE_LINE : Color.WHITE);
            g.fillText(mark, x + w / 2, y + h / 2);
        }
    }

    /** A conflict line from (x1, y1) to (x2, y2): red and dashed. */
    void paintConflict(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.setStroke(CONFLICT);
        g.setLineWidth(2.5);
        g.setLineDashes(6, 4); // dashed, so a conflict is seen without telling red apart
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    /** Letters on desks: bold, centred, sized to the cell. */
    void useLetters(GraphicsContext g, double size) {
        g.setFont(Font.font("System", FontWeight.BOLD, Math.max(8, size * 0.38)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
    }

    private void hatch(GraphicsContext g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(OUT_OF_SERVICE_LINE);
        g.setLineWidth(0.8);
        double step = Math.max(4, Math.min(w, h) / 4);
        for (double t = -h; t < w; t += step) {
            g.strokeLine(x + t, y + h, x + t + h, y);
        }
        g.restore();
    }

    private void paintConflicts(GraphicsContext g, MapScene scene, Viewport view) {
        for (DeskPair pair : scene.conflicts()) {
            paintConflict(
                    g,
                    view.left(pair.first().column() - 1) + view.cellWidth() / 2,
                    view.top(pair.first().row()) + view.cellHeight() / 2,
                    view.left(pair.second().column() - 1) + view.cellWidth() / 2,
                    view.top(pair.second().row()) + view.cellHeight() / 2);
        }
    }
}
