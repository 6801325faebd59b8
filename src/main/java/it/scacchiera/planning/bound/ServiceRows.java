package it.scacchiera.planning.bound;

import it.scacchiera.roster.Demand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * Coverage of one shift on one date: the workers of each skill group answer at most as many
 * demanded services as they are (one each), and each service counts at most its required.
 * Classes with the same demanded skills share one group, which keeps the program small.
 */
final class ServiceRows {
    private ServiceRows() {}

    /**
     * Required per date and shift, then service. The solver scores each demand row on its own;
     * were a key ever given twice, the larger required alone is kept, which only lowers the bound.
     */
    static Map<String, Map<String, Integer>> required(List<Demand> demands, List<LocalDate> dates) {
        Map<String, Map<String, Integer>> byInstance = new HashMap<>();
        for (Demand d : demands) {
            if (dates.contains(d.date()) && d.required() > 0) {
                byInstance
                        .computeIfAbsent(d.date() + " " + d.shift(), k -> new TreeMap<>())
                        .merge(d.service(), d.required(), Math::max);
            }
        }
        return byInstance;
    }

    static Map<String, Integer> at(Map<String, Map<String, Integer>> required, ShiftInstance i) {
        return required.getOrDefault(i.date() + " " + i.shift().code(), Map.of());
    }

    /** Above this many services in one shift, coverage is written with a variable per group and service. */
    private static final int MOST_SERVICES_FOR_CUTS = 6;

    /** Adds the coverage variables and rows; {@code x} gives a class's worker variable here, or −1. */
    static void add(LinearProgram lp, Map<String, Integer> required, List<OperatorClass> classes, IntUnaryOperator x) {
        Map<Set<String>, Terms> groups = new LinkedHashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            int worked = x.applyAsInt(k);
            Set<String> demanded = new TreeSet<>(classes.get(k).skills());
            demanded.retainAll(required.keySet());
            if (worked >= 0 && !demanded.isEmpty()) {
                groups.computeIfAbsent(demanded, g -> new Terms()).add(worked, 1);
            }
        }
        if (required.size() <= MOST_SERVICES_FOR_CUTS) {
            cuts(lp, required, groups);
        } else {
            flow(lp, required, groups);
        }
    }

    /**
     * One variable, the covered count, under every cut of the assignment network: for a set S of
     * services, the services outside S cover at most their required, those in S at most the workers
     * who can answer one of them (max-flow min-cut: exact, with far fewer variables).
     */
    private static void cuts(LinearProgram lp, Map<String, Integer> required, Map<Set<String>, Terms> groups) {
        List<String> services = new ArrayList<>(required.keySet());
        int total = required.values().stream().mapToInt(Integer::intValue).sum();
        int covered = lp.variable(total, -1);
        for (int subset = 1; subset < 1 << services.size(); subset++) {
            Set<String> in = new TreeSet<>();
            int outside = 0;
            for (int v = 0; v < services.size(); v++) {
                if ((subset & 1 << v) != 0) {
                    in.add(services.get(v));
                } else {
                    outside += required.get(services.get(v));
                }
            }
            Terms row = new Terms().add(covered, 1);
            groups.forEach((skills, workers) -> {
                if (skills.stream().anyMatch(in::contains)) {
                    row.addAll(workers, -1);
                }
            });
            row.addTo(lp, Double.NEGATIVE_INFINITY, outside);
        }
    }

    /** A variable per group and service: each worker answers one service, each service up to its required. */
    private static void flow(LinearProgram lp, Map<String, Integer> required, Map<Set<String>, Terms> groups) {
        Map<String, Terms> answered = new TreeMap<>();
        groups.forEach((skills, workers) -> {
            Terms row = new Terms().addAll(workers, -1);
            for (String service : skills) {
                int z = lp.variable(required.get(service), -1);
                row.add(z, 1);
                answered.computeIfAbsent(service, s -> new Terms()).add(z, 1);
            }
            row.addTo(lp, Double.NEGATIVE_INFINITY, 0);
        });
        answered.forEach((service, z) -> z.addTo(lp, Double.NEGATIVE_INFINITY, required.get(service)));
    }
}
