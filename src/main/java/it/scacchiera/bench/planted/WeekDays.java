package it.scacchiera.bench.planted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which days of one week a member works: up to their contract, on the days that still need the most people
 * (Ryser's greedy for a 0–1 matrix with given row and column sums). Taking the neediest days first keeps the
 * needs level, so the members that follow can still work whole contracts.
 */
final class WeekDays {
    private WeekDays() {}

    /**
     * @param left people still needed per day (0 on days the shift does not run); decreased by the days taken
     * @return the day indexes (0 = Monday) taken, at most {@code contract} and only days still in need
     */
    static List<Integer> take(int contract, int[] left, Random random) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingInt(d -> -left[d]));
        List<Integer> taken = new ArrayList<>();
        for (int day : order) {
            if (taken.size() == contract || left[day] == 0) {
                break;
            }
            left[day]--;
            taken.add(day);
        }
        return taken;
    }
}
