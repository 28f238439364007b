package vn.antq.site.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build (thread-safe), so all are reported, not just the first.
 * Each is reported by a message key, worded through the {@link Messages} it was given.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final Messages messages;

    public Problems(Messages messages) {
        this.messages = messages;
    }

    /** The catalogue problems are worded from (also for output around them: summaries, notices). */
    public Messages messages() { return messages; }

    public void error(String path, int line, int column, String key, Object... args) {
        add(new Problem(path, line, column, Problem.Severity.ERROR, messages.format(key, args)));
    }

    public void warning(String path, int line, int column, String key, Object... args) {
        add(new Problem(path, line, column, Problem.Severity.WARNING, messages.format(key, args)));
    }

    /** A problem found earlier and still standing (the preview server's rebuild of a few files keeps the others' warnings). */
    public synchronized void add(Problem p) { list.add(p); }

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
