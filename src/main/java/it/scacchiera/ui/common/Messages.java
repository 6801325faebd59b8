package it.scacchiera.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A bundle text with its arguments filled in, numbers and dates in the bundle's language. The static
 * {@code MessageFormat.format} uses the machine's locale instead: on an English machine the Italian
 * window would write 1,120 desks.
 */
public final class Messages {
    private Messages() {}

    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
