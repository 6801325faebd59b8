package it.scacchiera.persistence;

import it.scacchiera.floorplan.DeskId;
import java.util.Objects;

/** Where a pin keeps an operator: a given desk, at home, or wherever the solver likes. */
public sealed interface PinnedLocation {
    PinnedLocation ANY = new Any();
    PinnedLocation REMOTE = new Remote();

    static PinnedLocation office(String room, DeskId desk) {
        return new Office(room, desk);
    }

    record Any() implements PinnedLocation {}

    record Remote() implements PinnedLocation {}

    record Office(String room, DeskId desk) implements PinnedLocation {
        public Office {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(desk, "desk");
            if (room.isBlank()) {
                throw new IllegalArgumentException("a pinned desk needs its room");
            }
        }
    }
}
