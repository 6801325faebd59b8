package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.util.List;
import java.util.Optional;

/**
 * Where plans live between sessions: the seam the UI and the command line use. Every method is one
 * transaction: it happens whole or not at all. Failures are {@link PlanStoreException}s.
 */
public interface PlanStore {
    /** Stores a new DRAFT plan at version 1. */
    PlanSummary save(PlanContent content);

    /**
     * Replaces plan {@code id}'s content (entries and pins included) and keeps its status.
     *
     * @param expectedVersion the version it was loaded at
     * @throws ConcurrentSaveException when someone else saved, published or deleted it since
     */
    PlanSummary save(long id, long expectedVersion, PlanContent content);

    Optional<StoredPlan> load(long id);

    /** The plans of a site, most recently saved first, without entries and pins. */
    List<PlanSummary> list(String site);

    /**
     * Publishes plan {@code id} and archives the one published before it for the same site and
     * horizon, if any. Publishing the published plan changes nothing.
     *
     * @throws PlanNotFoundException when there is no such plan
     */
    PlanSummary publish(long id);

    /** The published plan of this site and horizon, with its entries: what the next plan should change least. */
    Optional<StoredPlan> latestPublished(String site, Horizon horizon);

    /** Deletes the plan with its entries and pins; false when there was none. */
    boolean delete(long id);
}
