package it.scacchiera.planning;

import it.scacchiera.roster.Demand;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Who answers for which service within one date and shift, matched exactly: a short service gains an
 * operator through a chain of service switches among the operators of that shift (each to one of their
 * skills), the last of whom leaves a service with one to spare. Searching such chains until none is left
 * is an augmenting-path matching, so no shift is left short where another split of its working operators
 * over their skills would cover it. Switching a service changes no time and no desk: the hard rules hold.
 */
final class ServiceSwitches {
    /** One operator moving to another service of their skills. */
    record Switch(Assignment who, String service) {}

    private record Group(LocalDate date, String shift) {}

    private ServiceSwitches() {}

    /**
     * The switches (breadth first, shortest chain) among {@code working} that give {@code service} one more
     * operator, taken from a service {@code spare} says has one to spare; null when there are none.
     */
    static List<Switch> toward(String service, List<Assignment> working, Predicate<String> spare) {
        Map<String, Switch> reachedVia = new HashMap<>();
        reachedVia.put(service, null);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(service));
        while (!queue.isEmpty()) {
            String wanted = queue.poll();
            for (Assignment a : working) {
                String from = a.getService();
                if (reachedVia.containsKey(from) || !a.getServiceRange().contains(wanted)) {
                    continue;
                }
                reachedVia.put(from, new Switch(a, wanted));
                if (spare.test(from)) {
                    List<Switch> chain = new ArrayList<>();
                    for (Switch step = reachedVia.get(from); step != null; step = reachedVia.get(step.service)) {
                        chain.add(step);
                    }
                    return chain;
                }
                queue.add(from);
            }
        }
        return null;
    }

    /**
     * Fills every demand of {@code plan} that a chain of service switches within its shift can fill
     * (pinned rows stay as they are); returns the operator-shifts gained. Deterministic.
     */
    static int fill(Plan plan) {
        Map<Group, Map<String, Integer>> required = new HashMap<>();
        for (Demand d : plan.getDemands()) {
            required.computeIfAbsent(new Group(d.date(), d.shift()), k -> new HashMap<>())
                    .merge(d.service(), d.required(), Integer::sum);
        }
        Map<Group, List<Assignment>> working = new LinkedHashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.isWorking()) {
                working.computeIfAbsent(new Group(a.getDate(), a.getShiftCode()), k -> new ArrayList<>())
                        .add(a);
            }
        }
        int gained = 0;
        for (var group : working.entrySet()) {
            Map<String, Integer> need = required.get(group.getKey());
            if (need != null) {
                gained += fill(group.getValue(), need);
            }
        }
        return gained;
    }

    private static int fill(List<Assignment> working, Map<String, Integer> need) {
        Map<String, Integer> staffed = new HashMap<>();
        List<Assignment> movable = new ArrayList<>();
        for (Assignment a : working) {
            staffed.merge(a.getService(), 1, Integer::sum);
            if (!a.isPinned()) {
                movable.add(a);
            }
        }
        Predicate<String> spare = s -> staffed.getOrDefault(s, 0) > need.getOrDefault(s, 0);
        int gained = 0;
        int before;
        do { // one pass suffices for a matching; a second costs nothing and proves it
            before = gained;
            for (String service : new TreeSet<>(need.keySet())) {
                List<Switch> chain;
                while (staffed.getOrDefault(service, 0) < need.get(service)
                        && (chain = toward(service, movable, spare)) != null) {
                    for (Switch step : chain) {
                        staffed.merge(step.who.getService(), -1, Integer::sum);
                        staffed.merge(step.service, 1, Integer::sum);
                        step.who.setService(step.service);
                    }
                    gained++;
                }
            }
        } while (gained > before);
        return gained;
    }
}
