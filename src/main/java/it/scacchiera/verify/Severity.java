package it.scacchiera.verify;

/** How a broken rule weighs: hard rules are never traded for coverage (SPEC §3). */
public enum Severity {
    HARD,
    MEDIUM
}
