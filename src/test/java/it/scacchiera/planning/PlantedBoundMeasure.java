package it.scacchiera.planning;

import it.scacchiera.bench.planted.PlantedGenerator;
import it.scacchiera.bench.planted.PlantedProblem;
import it.scacchiera.planning.bound.SeatAwareBound;
import java.time.Duration;

/** Prints the counting and the seat-aware bound of planted sites: {@code family seed [family seed …]}. Not a test. */
public final class PlantedBoundMeasure {
    private PlantedBoundMeasure() {}

    public static void main(String[] a) {
        for (int i = 0; i + 1 < a.length; i += 2) {
            PlanningProblem problem =
                    PlantedProblem.of(new PlantedGenerator().generate(a[i], Long.parseLong(a[i + 1])));
            var factory = new PlanFactory(problem);
            var seats = CoverageBound.roomSeats(factory, Duration.ofSeconds(2));
            System.out.println(a[i] + " " + a[i + 1] + " counting " + CoverageBound.counting(factory, seats)
                    + " seat-aware " + SeatAwareBound.of(factory, seats, Duration.ofSeconds(60)));
        }
    }
}
