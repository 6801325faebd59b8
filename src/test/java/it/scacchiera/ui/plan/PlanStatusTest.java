package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.ui.common.Bundles;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PlanStatusTest {
    private final ResourceBundle english = Bundles.load(Bundles.ENGLISH);
    private final ResourceBundle italian = Bundles.load(Bundles.ITALIAN);

    @Test
    void coverageText_boundUnknown_coverageAlone() {
        String text = PlanStatus.coverageText(new Coverage(95, 100), english);

        assertEquals("Coverage 95/100", text);
    }

    @Test
    void coverageText_nothingShort_coverageAlone() {
        String text = PlanStatus.coverageText(new Coverage(100, 100, 0), english);

        assertEquals("Coverage 100/100", text);
    }

    @Test
    void coverageText_shortAboveTheBound_saysHowMuchIsUnavoidable() {
        String text = PlanStatus.coverageText(new Coverage(92, 100, 3), english);

        assertEquals("Coverage 92/100, short 8, at least 3 unavoidable", text);
    }

    @Test
    void coverageText_shortAtTheBound_optimal() {
        String text = PlanStatus.coverageText(new Coverage(98, 100, 2), italian);

        assertEquals("Copertura 98/100, mancano 2: copertura ottimale", text);
    }
}
