package it.scacchiera.cli;

/** Exit codes of SPEC §5. */
final class ExitCodes {
    static final int OK = 0;
    static final int HARD_BROKEN = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
