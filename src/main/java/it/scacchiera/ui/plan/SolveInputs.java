package it.scacchiera.ui.plan;

import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import it.scacchiera.ui.absence.Absences;
import java.util.List;

/**
 * What every solve of the plan on screen plans: the site's files for the horizon with the settings
 * chosen, and what the app adds to them, the absences, the published plan and the planner's pins.
 */
final class SolveInputs {
    private final PlanViewModel model;
    private final Absences absences = new Absences(); // marked in the app: every solve plans around them
    private List<ScheduleEntry> published = List.of(); // fed to the soft rule "Changes from the published plan"

    SolveInputs(PlanViewModel model) {
        this.model = model;
    }

    PlanningProblem build() {
        Site s = model.siteProperty().get();
        Horizon horizon = model.horizon();
        SolveSettings chosen = model.settingsProperty().get();
        return new PlanningProblem(
                s.rooms(),
                s.shifts(),
                absences.apply(s.operators()),
                s.demand().resolve(horizon, s.shiftsByCode()),
                horizon,
                chosen.remoteEmployers(),
                chosen.sanitizeMinutes(),
                published,
                model.pins());
    }

    void setPublished(List<ScheduleEntry> rows) {
        published = List.copyOf(rows);
    }

    Absences absences() {
        return absences;
    }
}
