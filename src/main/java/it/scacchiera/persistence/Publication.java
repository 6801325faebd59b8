package it.scacchiera.persistence;

import java.util.List;

/** A plan just published, and the plans of its site it replaced: those published for any of its days. */
public record Publication(PlanSummary published, List<PlanSummary> archived) {
    public Publication {
        archived = List.copyOf(archived);
    }
}
