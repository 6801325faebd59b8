package it.scacchiera.persistence;

/**
 * Someone else changed or deleted the plan since it was loaded (teams sharing one database). The
 * save was not applied; reload the plan and redo the change.
 */
public final class ConcurrentSaveException extends PlanStoreException {
    private final long planId;
    private final long expectedVersion;

    public ConcurrentSaveException(long planId, long expectedVersion, String what) {
        super("plan " + planId + " was " + what + " by someone else since you loaded it (version " + expectedVersion
                + "); reload it and redo your change");
        this.planId = planId;
        this.expectedVersion = expectedVersion;
    }

    public long planId() {
        return planId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
