package it.scacchiera.ui.rota;

import it.scacchiera.roster.Operator;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which operators the rota shows: a null or empty team, employer or service lets any through; the search
 * matches a part of the name or id, in any case.
 */
public record RotaFilter(String team, String employer, String service, boolean remoteOnly, String search)
        implements Predicate<RotaRow> {
    public static final RotaFilter ALL = new RotaFilter(null, null, null, false, "");

    @Override
    public boolean test(RotaRow row) {
        Operator o = row.operator();
        return (blank(team) || team.equals(o.team()))
                && (blank(employer) || employer.equals(o.employer()))
                && (blank(service) || o.hasSkill(service))
                && (!remoteOnly || o.remote())
                && (blank(search) || matches(o));
    }

    private boolean matches(Operator o) {
        String wanted = search.trim().toLowerCase(Locale.ROOT);
        return o.name().toLowerCase(Locale.ROOT).contains(wanted)
                || o.id().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
