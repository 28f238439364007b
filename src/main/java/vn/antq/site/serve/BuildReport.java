package vn.antq.site.serve;

import vn.antq.site.content.Messages;

import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;

import java.io.PrintWriter;

/**
 * What the preview tells the editor: every problem and step to the terminal, and to open pages
 * a reload, or the errors of a failed rebuild shown over the last good site (kept for pages
 * opened later, which ask {@code /__antq/status}).
 */
final class BuildReport {
    private final Messages messages;
    private final PrintWriter log;
    private final LiveReload pages;
    private volatile String errors = "";

    BuildReport(PrintWriter log, LiveReload pages, Messages messages) {
        this.messages = messages;
        this.log = log;
        this.pages = pages;
    }

    /** Every problem to the terminal; the errors kept for the pages' banner. */
    void problems(Problems problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems.sorted()) {
            log.println(p);
            if (p.severity() == Problem.Severity.ERROR) sb.append(p).append('\n');
        }
        log.flush();
        errors = sb.toString();
    }

    /** The rebuild failed: the last good site stays, open pages show why. */
    void failed(Problems problems) {
        println(messages.format("serve.failed"));
        pages.broadcast("failed", messages.format("serve.failed") + "\n" + errors);
    }

    /** The catalogue the server's own lines come from. */
    Messages messages() {
        return messages;
    }

    void reload() {
        pages.broadcast("reload", "ok");
    }

    /** The last rebuild's errors, one a line; empty when it succeeded. */
    String errors() {
        return errors;
    }

    boolean failing() {
        return !errors.isEmpty();
    }

    /** A line to the terminal at once (the editor watches it while saving). */
    void println(String line) {
        log.println(line);
        log.flush();
    }
}
