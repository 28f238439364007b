package vn.antq.site.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The catalogue of messages for editors ({@code problems.properties}, Vietnamese), read once
 * by whoever starts the work (a build, a command) and handed to what reports or prints.
 * Immutable once loaded, so threads share it.
 */
public final class Messages {
    private final Properties catalog = new Properties();

    public Messages() {
        try (InputStream in = Messages.class.getResourceAsStream("/vn/antq/site/problems.properties")) {
            catalog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code key} with its arguments filled in. */
    public String format(String key, Object... args) {
        String pattern = catalog.getProperty(key);
        if (pattern == null) throw new IllegalArgumentException("no message for " + key);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as written (no grouping separators in line numbers)
            shown[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }
}
