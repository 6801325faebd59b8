package it.scacchiera.persistence;

import java.util.Objects;

/**
 * Which site a plan belongs to: its stable identity (kept in the site folder, the same on every
 * machine that mounts it) and its name as shown to planners. Plans are keyed by {@code id} only, so
 * two sites in folders with the same name never share a plan list.
 */
public record SiteRef(String id, String name) {
    /** Plans saved before sites had an identity are keyed {@code folder:<name>} until a site adopts them. */
    static final String LEGACY_PREFIX = "folder:";

    public SiteRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a site has an identity");
        }
    }

    /** The key the plans of a folder of this name had before sites had an identity. */
    String legacyId() {
        return LEGACY_PREFIX + name;
    }
}
