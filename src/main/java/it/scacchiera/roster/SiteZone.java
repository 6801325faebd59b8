package it.scacchiera.roster;

import java.time.ZoneId;

/**
 * The time zone of a site's wall-clock times (SPEC §3): shift times in the files are local times
 * there, and every duration or gap between them is real elapsed time.
 */
public final class SiteZone {
    /** The zone when none is given ({@code --zone}). */
    public static final ZoneId DEFAULT = ZoneId.of("Europe/Rome");

    private SiteZone() {}
}
