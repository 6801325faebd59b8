package it.scacchiera.persistence;

import static it.scacchiera.persistence.SamplePlans.HORIZON;
import static it.scacchiera.persistence.SamplePlans.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records of the store API refuse what the database could not give back the same. */
class PlanValuesTest {
    @Test
    void remoteEmployersJoined_severalEmployers_sortedAndJoinedByBar() {
        var settings = new PlanSettings(Set.of("Zeta", "Alfa Srl", "Beta"), 30);

        String joined = settings.remoteEmployersJoined();

        assertEquals("Alfa Srl|Beta|Zeta", joined);
        assertEquals(settings, PlanSettings.of(joined, 30));
    }

    @Test
    void of_emptyText_noEmployers() {
        String joined = "";

        PlanSettings settings = PlanSettings.of(joined, 30);

        assertEquals(PlanSettings.DEFAULT, settings);
    }

    @Test
    void planSettings_employerWithBar_refused() {
        Set<String> employers = Set.of("A|B");

        assertThrows(IllegalArgumentException.class, () -> new PlanSettings(employers, 30));
    }

    @Test
    void planSettings_blankEmployerOrNegativeGap_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanSettings(Set.of(" "), 30));
        assertThrows(IllegalArgumentException.class, () -> new PlanSettings(Set.of(), -1));
    }

    @Test
    void pin_dayOffWithShiftOrLocation_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Pin("op1", MONDAY, true, "M", PinnedLocation.ANY));
        assertThrows(IllegalArgumentException.class, () -> new Pin("op1", MONDAY, true, null, PinnedLocation.REMOTE));
    }

    @Test
    void pin_anyLocationBuiltAnew_isTheSameAsTheConstant() {
        var pin = new Pin("op1", MONDAY, true, null, new PinnedLocation.Any());

        assertEquals(Pin.dayOff("op1", MONDAY), pin);
    }

    @Test
    void office_blankRoom_refused() {
        DeskId desk = DeskId.parse("A1");

        assertThrows(IllegalArgumentException.class, () -> PinnedLocation.office(" ", desk));
    }

    @Test
    void planContent_twoPinsSameOperatorAndDay_refused() {
        var pins = List.of(Pin.dayOff("op1", MONDAY), Pin.working("op1", MONDAY, "M", PinnedLocation.REMOTE));

        var error = assertThrows(
                IllegalArgumentException.class,
                () -> new PlanContent(
                        new SiteRef("id", "site"), HORIZON, "x", null, PlanSettings.DEFAULT, List.of(), pins));

        assertTrue(error.getMessage().contains("op1"), error.getMessage());
    }

    @Test
    void siteRef_blankIdentity_refused() {
        assertThrows(IllegalArgumentException.class, () -> new SiteRef(" ", "site"));
    }
}
