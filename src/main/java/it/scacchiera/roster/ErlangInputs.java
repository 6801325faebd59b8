package it.scacchiera.roster;

/**
 * The Erlang C inputs of a {@code demand.csv} row whose {@code required} was left empty (SPEC §2),
 * kept so that the service-level report can repeat them and solve Erlang C the other way. With no
 * calls the file may leave the target empty: a value left empty is {@link Double#NaN}.
 *
 * @param calls calls offered in the shift
 * @param ahtSeconds average handling time
 * @param slPercent target share of calls answered within {@code slSeconds}
 */
public record ErlangInputs(double calls, double ahtSeconds, double slPercent, double slSeconds) {}
