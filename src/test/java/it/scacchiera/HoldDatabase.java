package it.scacchiera;

import it.scacchiera.persistence.Database;
import it.scacchiera.persistence.DatabaseChoice;
import java.io.IOException;

/** Another app, in a JVM of its own: holds the database at {@code args[0]} until its input closes. */
final class HoldDatabase {
    private HoldDatabase() {}

    public static void main(String[] args) throws IOException {
        try (var held = Database.open(new DatabaseChoice(args[0], "", ""))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
