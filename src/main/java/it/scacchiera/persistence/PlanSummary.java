package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.time.Instant;

/**
 * A stored plan without its entries and pins, as lists show it. {@code version} grows with every
 * change: hand it back to every write ({@link PlanStore#save(long, long, PlanContent)}, {@link
 * PlanStore#publish}, {@link PlanStore#delete}) so a write over someone else's is refused.
 */
public record PlanSummary(
        long id,
        SiteRef site,
        Horizon horizon,
        String label,
        PlanStatus status,
        String score,
        PlanSettings settings,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
