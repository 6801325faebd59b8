package it.scacchiera.persistence;

/** The database refused or failed an operation; nothing of that operation was kept. */
public class PlanStoreException extends RuntimeException {
    public PlanStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public PlanStoreException(String message) {
        super(message);
    }
}
