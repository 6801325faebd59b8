package it.scacchiera.ui.roster;

import it.scacchiera.roster.Operator;
import java.util.List;
import java.util.Set;

/** A small staff: two teams, an outsourcer, mixed skills and remote eligibility. */
final class Operators {
    private Operators() {}

    static Operator operator(
            String id, String name, String team, String employer, List<String> skills, boolean remote) {
        return new Operator(id, name, team, employer, skills, remote, 5, Set.of(), Set.of(), "");
    }

    static List<Operator> staff() {
        return List.of(
                operator("OP1", "Anna Rossi", "Alfa", "", List.of("SALES"), true),
                operator("OP2", "Bruno Bianchi", "Alfa", "Outsourcer Srl", List.of("SALES", "CARE"), false),
                operator("OP3", "Carla Verdi", "Beta", "", List.of("CARE"), true),
                operator("OP4", "Dario Neri", "Beta", "Outsourcer Srl", List.of("TECH"), false));
    }
}
