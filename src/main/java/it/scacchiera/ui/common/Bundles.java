package it.scacchiera.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/** The app's texts: {@code messages.properties} (English) and {@code messages_it.properties}. */
public final class Bundles {
    public static final String BASE_NAME = "it.scacchiera.ui.messages";
    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Bundles() {}

    /**
     * The bundle for a language. No fallback to the system locale: on an Italian machine, choosing
     * English must give English, not the Italian file found through the default locale.
     */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(
                BASE_NAME,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Italian on an Italian system, English anywhere else. */
    public static Locale systemDefault() {
        return Locale.getDefault().getLanguage().equals(ITALIAN.getLanguage()) ? ITALIAN : ENGLISH;
    }
}
