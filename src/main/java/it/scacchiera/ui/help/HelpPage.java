package it.scacchiera.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of the documentation in {@code docs/}, packed into the jar by the build.
 *
 * @param file the page's file name in {@code docs/}
 * @param titleKey its title in the bundles
 */
public record HelpPage(String file, String titleKey) {
    /** The pages the Help window lists, in reading order. */
    public static final List<HelpPage> ALL = List.of(
            new HelpPage("README.md", "help.page.contents"),
            new HelpPage("keys.md", "help.page.keys"),
            new HelpPage("floorplans.md", "help.page.floorplans"),
            new HelpPage("site-files.md", "help.page.files"),
            new HelpPage("rules.md", "help.page.rules"),
            new HelpPage("command-line.md", "help.page.cli"),
            new HelpPage("database.md", "help.page.database"),
            new HelpPage("install.md", "help.page.install"));

    /** The page's Markdown, or null when the build did not pack a page of that name. */
    static String read(String file) {
        try (InputStream in = HelpPage.class.getResourceAsStream("pages/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
