package it.scacchiera;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into the jar: the product version shown by About and {@code --version}. */
public record BuildInfo(String version) {
    private static final String RESOURCE = "build.properties";

    /** Reads the facts the build filtered into {@code it/scacchiera/build.properties}. */
    public static BuildInfo read() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            var properties = new Properties();
            properties.load(in);
            return new BuildInfo(properties.getProperty("version", "unknown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Scacchiera 0.2.0". */
    public String title() {
        return "Scacchiera " + version;
    }
}
