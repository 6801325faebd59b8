package it.scacchiera.ui.plans;

import it.scacchiera.persistence.PlanContent;

/** A plan's name as the planner gave it: what Save asks for and the list shows. */
final class PlanLabels {
    private PlanLabels() {}

    /** The content under {@code label}, stripped; null or blank keeps the suggested one. */
    static PlanContent relabel(PlanContent content, String label) {
        if (label == null || label.isBlank()) {
            return content;
        }
        return new PlanContent(
                content.site(),
                content.horizon(),
                label.strip(),
                content.score(),
                content.settings(),
                content.entries(),
                content.pins());
    }
}
