package vn.antq.site.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import vn.antq.site.content.Problems;
import vn.antq.site.publish.Staging;
import vn.antq.site.tasks.BufferPool;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.ContentHasher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a page's model becomes a file: fingerprinted ({@link ModelFingerprint}), kept when
 * {@link PageReuse} says its output from that fingerprint is in place, otherwise run through its
 * template into the staging folder; a template's mistake is reported at its file and line.
 */
final class PageOutput {
    private final Theme theme;
    private final Staging out;
    private final Problems problems;
    private final PageReuse reuse;
    private final ModelFingerprint fingerprints;
    /** Output path → fingerprint of every page rendered or kept, and of every side file. */
    private final Map<String, ContentHash> outputs = new ConcurrentHashMap<>();
    /** Page buffers, reused from page to page. */
    private final BufferPool<PageWriter> writers = new BufferPool<>(PageWriter::new);
    private final AtomicInteger rendered = new AtomicInteger(), kept = new AtomicInteger();

    PageOutput(Theme theme, Staging out, Problems problems, PageReuse reuse, ModelFingerprint fingerprints) {
        this.theme = theme;
        this.out = out;
        this.problems = problems;
        this.reuse = reuse;
        this.fingerprints = fingerprints;
    }

    SortedMap<String, ContentHash> fingerprints() {
        return new TreeMap<>(outputs);
    }

    int rendered() {
        return rendered.get();
    }

    int kept() {
        return kept.get();
    }

    /**
     * A file a page writes beside itself (a checklist's script, the calendar file): always
     * written (it is small), and fingerprinted by its bytes so that it is known as an output.
     */
    void file(String outputPath, byte[] bytes) {
        outputs.put(outputPath, new ContentHasher().add(bytes).hash());
        out.write(outputPath, bytes);
    }

    /** @param sourcePath the content file the page shows (for an unknown template's message), or null */
    void page(String templateName, String outputPath, Map<String, Object> model, String sourcePath) {
        try {
            // a page kept was rendered before from this template, so it exists
            ContentHash fingerprint = fingerprints.page(templateName, model);
            outputs.put(outputPath, fingerprint);
            if (reuse.reuse(outputPath, fingerprint)) {
                kept.incrementAndGet();
                return;
            }
            Template t = theme.freemarker().getTemplate(templateName);
            rendered.incrementAndGet();
            PageWriter w = writers.borrow().start();
            try {
                t.process(model, w);
                out.write(outputPath, w.toByteArray());
            } finally {
                writers.release(w);
            }
        } catch (freemarker.template.TemplateNotFoundException e) {
            problems.error(sourcePath == null ? "themes" : sourcePath, 0, 0, "page.unknownTemplate",
                    templateName.replace(".ftlh", ""), String.join(", ", theme.templates()));
        } catch (ParseException e) {
            problems.error(themePath(e.getTemplateName()), e.lineNumber, e.columnNumber, "template.error", e.getEditorMessage());
        } catch (TemplateException e) {
            problems.error(themePath(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), "template.error", firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String themePath(String templateName) {
        for (Path dir : theme.folders()) {
            Path p = dir.resolve("templates").resolve(templateName == null ? "" : templateName);
            if (Files.isRegularFile(p)) return "themes/" + dir.getFileName() + "/templates/" + templateName;
        }
        return "themes/" + templateName;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
