package it.scacchiera.persistence;

/** No plan has this id (never saved, or deleted). */
public final class PlanNotFoundException extends PlanStoreException {
    private final long planId;

    public PlanNotFoundException(long planId) {
        super("no plan " + planId);
        this.planId = planId;
    }

    public long planId() {
        return planId;
    }
}
