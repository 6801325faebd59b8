package it.scacchiera.ui.session;

import it.scacchiera.files.OutputFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A properties file written whole or not at all: a temporary file beside it, forced to disk, then moved
 * over it. A crash mid-write leaves the last complete version, never half of one.
 */
final class PropertiesFile {
    private PropertiesFile() {}

    static Properties read(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Written whole or not at all, with the user's usual permissions (settings are not secrets). */
    static void write(Path file, Properties properties) throws IOException {
        var text = new StringWriter();
        properties.store(text, null);
        OutputFile.writeText(file, out -> out.write(text.toString()));
    }
}
