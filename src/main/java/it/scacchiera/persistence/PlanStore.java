package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.util.List;
import java.util.Optional;

/**
 * Where plans live between sessions: the seam the UI and the command line use. Every method is one
 * transaction: it happens whole or not at all. Failures are {@link PlanStoreException}s. Every write
 * to an existing plan names the version it was read at and is refused with a {@link
 * ConcurrentSaveException} when someone else changed the plan since.
 */
public interface PlanStore {
    /** Stores a new DRAFT plan at version 1. */
    PlanSummary save(PlanContent content);

    /**
     * Replaces plan {@code id}'s content (entries and pins included) and keeps its status. A published
     * plan keeps its site and weeks.
     *
     * @param expectedVersion the version it was loaded at
     * @throws ConcurrentSaveException when someone else saved, published or deleted it since
     */
    PlanSummary save(long id, long expectedVersion, PlanContent content);

    Optional<StoredPlan> load(long id);

    /**
     * The plans of a site, most recently saved first, without entries and pins. Plans saved before
     * sites had an identity, under a folder of this site's name, become this site's on the first call.
     */
    List<PlanSummary> list(SiteRef site);

    /** Every plan of every site, by site name, site and first day: for backups and scripts. */
    List<PlanSummary> listAll();

    /**
     * Publishes plan {@code id} and archives every plan of its site published for any of its days (a
     * 2-week plan replaces the 1-week plan of its first week). Publications of one site run one after
     * the other, also from many machines. Publishing the published plan changes nothing.
     *
     * @param expectedVersion the version it was seen at
     * @throws PlanNotFoundException when there is no such plan
     * @throws ConcurrentSaveException when someone else changed it since
     */
    Publication publish(long id, long expectedVersion);

    /** The published plan of this site and horizon, with its entries: what the next plan should change least. */
    Optional<StoredPlan> latestPublished(String siteId, Horizon horizon);

    /**
     * Deletes the plan with its entries and pins; false when there was none.
     *
     * @throws ConcurrentSaveException when someone else changed it since it was seen at {@code expectedVersion}
     */
    boolean delete(long id, long expectedVersion);
}
