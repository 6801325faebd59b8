package it.scacchiera.persistence;

/** Another app (another Scacchiera, or a database tool) holds the H2 file: one file, one app. */
public final class DatabaseInUseException extends PlanStoreException {
    public DatabaseInUseException(DatabaseChoice choice, Throwable cause) {
        super(
                "the database " + (choice.h2File() == null ? choice.url() : choice.h2File() + ".mv.db")
                        + " is open in another Scacchiera (or another program) on this or another machine; close that"
                        + " one first, or choose another database (an H2 file is for one app at a time; a team shares"
                        + " PostgreSQL)",
                cause);
    }
}
