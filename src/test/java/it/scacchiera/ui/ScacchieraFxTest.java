package it.scacchiera.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScacchieraFxTest {
    @Test
    void site_noArguments_isNoneSoTheWindowChooses() {
        Path site = ScacchieraFx.site(List.of());

        assertNull(site); // the window then opens the last site, or its copy of the sample
    }

    @Test
    void site_optionWithSpace_isTheNextArgument() {
        Path site = ScacchieraFx.site(List.of("--site", "sedi/milano"));

        assertEquals(Path.of("sedi/milano"), site);
    }

    @Test
    void site_optionWithEquals_isTheValue() {
        Path site = ScacchieraFx.site(List.of("--site=sedi/roma"));

        assertEquals(Path.of("sedi/roma"), site);
    }
}
