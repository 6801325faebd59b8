package it.scacchiera.roster;

/**
 * A demand of one date with the Erlang C inputs of the row it came from.
 *
 * @param erlang null when the row gave {@code required} itself
 */
public record ResolvedDemand(Demand demand, ErlangInputs erlang) {}
