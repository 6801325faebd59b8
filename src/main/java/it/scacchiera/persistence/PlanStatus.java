package it.scacchiera.persistence;

/** Where a plan stands: publishing one archives the plan published before it for the same site and horizon. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
