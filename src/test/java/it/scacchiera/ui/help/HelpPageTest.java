package it.scacchiera.ui.help;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HelpPageTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void read_everyListedPage_isPackedIntoTheBuild() {
        assertAll(HelpPage.ALL.stream()
                .map(page -> () -> assertNotNull(HelpPage.read(page.file()), page.file() + " is not packed")));
    }

    @Test
    void read_aPageNotInDocs_isNull() {
        assertTrue(HelpPage.read("no-such-page.md") == null);
    }

    @Test
    void links_inDocsAndReadme_nameFilesOfTheRepository() throws IOException {
        var broken = new ArrayList<String>();
        List<Path> pages;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            pages = new ArrayList<>(
                    docs.filter(p -> p.toString().endsWith(".md")).toList());
        }
        pages.add(Path.of("README.md"));
        for (Path page : pages) {
            Matcher links = LINK.matcher(Files.readString(page));
            while (links.find()) {
                String target = links.group(1).replaceFirst("#.*", "");
                if (target.isEmpty() || target.contains("://")) {
                    continue;
                }
                Path resolved = page.getParent() == null
                        ? Path.of(target)
                        : page.getParent().resolve(target);
                if (!Files.exists(resolved) || resolved.normalize().startsWith("..")) {
                    broken.add(page + " -> " + links.group(1));
                }
            }
        }

        assertTrue(broken.isEmpty(), "links to files outside the repository or missing: " + broken);
    }

    @Test
    void readme_namesNoContractOutsideTheRepository() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertFalse(readme.contains("SPEC.md"), "the README points at SPEC.md, which is not in the repository");
        assertFalse(readme.contains("../"), "the README points outside the repository");
    }
}
