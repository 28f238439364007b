package vn.antq.site.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Collects every problem of a build (thread-safe), so all are reported, not just the first.
 * Messages are keys into {@code problems.properties} (Vietnamese text for editors).
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    /** Read only once loaded: children share it. */
    private final Properties catalog;

    private Problems(Properties catalog) {
        this.catalog = catalog;
    }

    /** An empty collector with the same messages (for one task's problems, looked at before they are added here). */
    public Problems child() {
        return new Problems(catalog);
    }

    public Problems() {
        catalog = new Properties();
        try (InputStream in = Problems.class.getResourceAsStream("/vn/antq/site/problems.properties")) {
            catalog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void error(String path, int line, int column, String key, Object... args) {
        add(new Problem(path, line, column, Problem.Severity.ERROR, format(key, args)));
    }

    public void warning(String path, int line, int column, String key, Object... args) {
        add(new Problem(path, line, column, Problem.Severity.WARNING, format(key, args)));
    }

    /** A problem found earlier and still standing (the preview server's rebuild of a few files keeps the others' warnings). */
    public synchronized void add(Problem p) { list.add(p); }

    /** A message of the catalog (also used for the command line's own output). */
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

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    public synchronized int warningCount() {
        return list.size() - errorCount();
    }

    /** All problems sorted by path and line, for stable output. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
