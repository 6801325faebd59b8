package it.scacchiera.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.App;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScacchieraFxTest {
    @Test
    void site_noArguments_isTheDefaultSite() {
        Path site = ScacchieraFx.site(List.of());

        assertEquals(App.DEFAULT_SITE, site);
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
