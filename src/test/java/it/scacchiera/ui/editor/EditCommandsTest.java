package it.scacchiera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.input.InputException;
import it.scacchiera.ui.Rooms;
import it.scacchiera.ui.common.EditCommand;
import it.scacchiera.ui.common.UndoHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditCommandsTest {
    private static final char[] SYMBOLS = "DXS.#|- ".toCharArray();

    static Stream<Path> sampleRooms() throws IOException {
        return Files.list(Path.of("floorplans"))
                .filter(path -> path.toString().endsWith(".floor"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleRooms")
    void draft_sampleRoom_readsBackAsTheSameFloor(Path file) throws Exception {
        Floor floor = new FloorReader().read(file);

        Floor again = new FloorDraft(floor).toFloor(new FloorReader());

        assertEquals(floor, again);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void history_randomEdits_undoAllRestoresAndRedoAllReplays(long seed) throws InputException {
        var random = new Random(seed);
        var reader = new FloorReader();
        var draft = new FloorDraft(reader.read("r.floor", Rooms.UNO));
        var history = new UndoHistory();
        String original = draft.text();
        for (int step = 0; step < 30; step++) {
            history.record(randomCommand(random, draft));
        }
        String edited = draft.text();

        while (history.undo()) {}
        String undone = draft.text();
        while (history.redo()) {}

        assertEquals(original, undone, "seed " + seed);
        assertEquals(edited, draft.text(), "seed " + seed);
    }

    /** Executes and returns a random stroke, header change or resize. */
    private static EditCommand randomCommand(Random random, FloorDraft draft) {
        int choice = random.nextInt(6);
        if (choice == 0) {
            EditCommand resize = new ResizeGrid(
                    draft, draft.rows(), draft.columns(), draft.rows() + random.nextInt(2), draft.columns() + 1);
            resize.execute();
            return resize;
        }
        if (choice == 1) {
            EditCommand header = new SetHeader(
                    draft, HeaderField.MAX_OCCUPANCY, draft.header(HeaderField.MAX_OCCUPANCY), "" + random.nextInt(9));
            header.execute();
            return header;
        }
        var stroke = new PaintCells(draft);
        for (int i = random.nextInt(5); i >= 0; i--) { // may paint one cell twice in a stroke
            stroke.paint(
                    random.nextInt(draft.rows()),
                    random.nextInt(draft.columns()),
                    SYMBOLS[random.nextInt(SYMBOLS.length)]);
        }
        return stroke;
    }

    @Test
    void paint_sameSymbol_changesNothing() throws InputException {
        var draft = new FloorDraft(new FloorReader().read("r.floor", Rooms.UNO));
        var stroke = new PaintCells(draft);

        boolean changed = stroke.paint(1, 1, CellKind.DESK.symbol());

        assertFalse(changed);
        assertTrue(stroke.isEmpty());
    }

    @Test
    void history_newCommandAfterUndo_forgetsTheRedo() throws InputException {
        var draft = new FloorDraft(new FloorReader().read("r.floor", Rooms.UNO));
        var history = new UndoHistory();
        history.record(executed(new SetHeader(draft, HeaderField.NAME, "Sala Uno", "A")));
        history.undo();

        history.record(executed(new SetHeader(draft, HeaderField.NAME, "Sala Uno", "B")));

        assertFalse(history.canRedoProperty().get());
        assertEquals("B", draft.header(HeaderField.NAME));
    }

    @Test
    void text_writtenByFloorWriter_sameAsDraftText() throws InputException {
        Floor floor = Rooms.floor("sala", List.of("#####", "#D.D#", "#####"));

        String draft = new FloorDraft(floor).text();

        assertEquals(new FloorWriter().write(floor), draft);
    }

    private static EditCommand executed(EditCommand command) {
        command.execute();
        return command;
    }

    @Test
    void resize_growThenShrink_keepsTheOldCells() throws InputException {
        var draft = new FloorDraft(new FloorReader().read("r.floor", Rooms.UNO));
        List<Character> before = new ArrayList<>();
        for (int c = 0; c < draft.columns(); c++) {
            before.add(draft.cell(1, c));
        }

        draft.resize(draft.rows() + 2, draft.columns() + 3);
        draft.resize(draft.rows() - 2, draft.columns() - 3);

        for (int c = 0; c < draft.columns(); c++) {
            assertEquals(before.get(c), draft.cell(1, c));
        }
    }
}
