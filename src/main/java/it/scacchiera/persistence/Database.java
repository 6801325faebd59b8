package it.scacchiera.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;

/**
 * An open database, migrated. An H2 file is held open by one connection for as long as this lives:
 * H2 then keeps the file locked, so a second app on the same file is refused when it opens, with
 * {@link DatabaseInUseException}, instead of both apps failing operation after operation.
 */
public final class Database implements AutoCloseable {
    private final DatabaseChoice choice;
    private final DataSource dataSource;
    private final Connection keeper; // null for a server database: the server arbitrates

    private Database(DatabaseChoice choice, DataSource dataSource, Connection keeper) {
        this.choice = choice;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Connects and migrates: whatever is wrong (unreachable server, bad password, a file another app
     * holds) shows here, not at the first save.
     */
    public static Database open(DatabaseChoice choice) {
        DataSource dataSource = Databases.dataSource(choice);
        Connection keeper = choice.embeddedH2() ? hold(choice, dataSource) : null;
        try {
            Databases.migrate(dataSource);
        } catch (RuntimeException e) {
            closeQuietlyAfter(keeper, e);
            throw e;
        }
        return new Database(choice, dataSource, keeper);
    }

    private static Connection hold(DatabaseChoice choice, DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(choice, e);
            }
            throw new PlanStoreException("cannot open " + choice + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietlyAfter(Connection keeper, RuntimeException failure) {
        if (keeper == null) {
            return;
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    public DatabaseChoice choice() {
        return choice;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Releases the H2 file for other apps. */
    @Override
    public void close() {
        if (keeper == null) {
            return;
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new PlanStoreException("cannot close " + choice + ": " + e.getMessage(), e);
        }
    }
}
