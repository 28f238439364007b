package vn.antq.site.cache;

import vn.antq.site.content.Problem;
import vn.antq.site.markdown.BodyMemo;
import vn.antq.site.markdown.Decorations;
import vn.antq.site.markdown.LinkResolver;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.markdown.TocEntry;
import vn.antq.site.references.Citation;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Rendered bodies on disk, one file per input ({@code bodies/ab/<hash>}), with what each was
 * rendered against: the links it resolved, the page of every number it cites, the glossary's
 * abbreviations (by hash). A body is taken back when all of that still holds; for the
 * abbreviations, when the glossary is the same, or when none of the abbreviations that
 * changed since the last build occurs in its Markdown.
 */
final class BodyCache implements BodyMemo {
    private static final int MAGIC = 0x616e7462; // "antb"
    /** An entity could spell an abbreviation's letters: such a body is rendered again when abbreviations change. */
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    private final Path dir;
    private final Decorations decorations;
    private final ContentHash abbreviations;
    private final ContentHash previousAbbreviations;
    /** Abbreviations added, removed or given another expansion since the last build. */
    private final Set<String> changedTerms;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    final AtomicInteger hits = new AtomicInteger(), misses = new AtomicInteger();

    /**
     * @param previous the abbreviations of the last build, or null when unknown
     */
    BodyCache(Path dir, Decorations decorations, Map<String, String> previous) {
        this.dir = dir;
        this.decorations = decorations;
        this.abbreviations = hash(decorations.abbreviations());
        this.previousAbbreviations = previous == null ? null : hash(previous);
        Set<String> changed = new java.util.HashSet<>();
        if (previous != null) {
            for (var e : previous.entrySet()) {
                if (!Objects.equals(e.getValue(), decorations.abbreviations().get(e.getKey()))) changed.add(e.getKey());
            }
            for (String k : decorations.abbreviations().keySet()) if (!previous.containsKey(k)) changed.add(k);
        }
        this.changedTerms = Set.copyOf(changed);
    }

    static ContentHash hash(Map<String, String> abbreviations) {
        vn.antq.site.text.ContentHasher h = new vn.antq.site.text.ContentHasher();
        for (var e : new TreeMap<>(abbreviations).entrySet()) h.add(e.getKey()).add(e.getValue());
        return h.hash();
    }

    /** Names of the entry files this build used (the others are deleted after it). */
    Set<String> used() {
        return used;
    }

    @Override
    public Kept find(Input input, Supplier<String> markdown, LinkResolver links) {
        String name = input.key().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(name));
        } catch (IOException e) { // none yet (or unreadable): rendered
            misses.incrementAndGet();
            return null;
        }
        try {
            Kept kept = read(new Codec.In(bytes), input, markdown, links);
            if (kept == null) misses.incrementAndGet();
            else {
                hits.incrementAndGet();
                used.add(name);
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            // a damaged or foreign file: rendered again, and overwritten
            misses.incrementAndGet();
            return null;
        }
    }

    private Kept read(Codec.In in, Input input, Supplier<String> markdown, LinkResolver links) throws IOException {
        if (in.integer() != MAGIC) return null;
        if (!in.string().equals(input.sourcePath()) || !in.string().equals(input.outputPath())) return null;
        ContentHash abbr = in.hash();
        if (!abbr.equals(abbreviations)) {
            if (!abbr.equals(previousAbbreviations)) return null;
            String text = markdown.get();
            if (ENTITY.matcher(text).find()) return null;
            for (String term : changedTerms) if (occursAsWord(text, term)) return null;
        }
        int n = in.integer();
        for (int i = 0; i < n; i++) {
            String path = in.string();
            if (!Objects.equals(in.string(), links.outputPathOf(path))) return null;
        }
        List<Problem> problems = new ArrayList<>();
        n = in.integer();
        for (int i = 0; i < n; i++) {
            String path = in.string();
            int line = in.integer(), column = in.integer();
            Problem.Severity severity = Problem.Severity.values()[in.integer()];
            problems.add(new Problem(path, line, column, severity, in.string()));
        }
        Utf8Text body = Utf8Text.wrap(in.bytes());
        n = in.integer();
        List<TocEntry> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) headings.add(new TocEntry(in.integer(), in.string(), in.string()));
        n = in.integer();
        List<Citation> citations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Citation c = new Citation(in.string(), in.string(), in.string(), in.string(), in.string());
            // the page of a cited number, linked or not, as it is now
            if (!Objects.equals(in.string(), decorations.documentPaths().get(c.key()))) return null;
            citations.add(c);
        }
        n = in.integer();
        List<SectionText> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) sections.add(new SectionText(in.string(), in.string(), in.string()));
        return new Kept(new Rendered(body, List.copyOf(headings), List.copyOf(citations), List.copyOf(sections)), List.copyOf(problems));
    }

    /**
     * Whether {@code term} stands in {@code text} with no letter or digit glued on either side:
     * the only places an abbreviation finder can see it (and where it changes how its neighbours
     * are read), so a body without one renders the same whatever the glossary says of it.
     */
    static boolean occursAsWord(String text, String term) {
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            int end = i + term.length();
            boolean before = i > 0 && Character.isLetterOrDigit(text.codePointBefore(i));
            boolean after = end < text.length() && Character.isLetterOrDigit(text.codePointAt(end));
            if (!before && !after) return true;
        }
        return false;
    }

    @Override
    public void keep(Input input, Rendered body, Map<String, String> links, List<Problem> problems) {
        Codec.Out out = new Codec.Out();
        out.integer(MAGIC).string(input.sourcePath()).string(input.outputPath()).hash(abbreviations);
        out.integer(links.size());
        links.forEach((k, v) -> out.string(k).string(v));
        out.integer(problems.size());
        for (Problem p : problems) {
            out.string(p.path()).integer(p.line()).integer(p.column()).integer(p.severity().ordinal()).string(p.message());
        }
        out.bytes(body.body().toBytes());
        out.integer(body.headings().size());
        for (TocEntry t : body.headings()) out.integer(t.level()).string(t.id()).string(t.text());
        out.integer(body.citations().size());
        for (Citation c : body.citations()) {
            out.string(c.key()).string(c.number()).string(c.type()).string(c.sectionId()).string(c.sectionTitle())
                    .string(decorations.documentPaths().get(c.key()));
        }
        out.integer(body.sections().size());
        for (SectionText s : body.sections()) out.string(s.anchor()).string(s.heading()).string(s.text());
        String name = input.key().toString();
        BuildCache.writeAtomically(file(name), out.toByteArray());
        used.add(name);
    }

    private Path file(String name) {
        return dir.resolve(name.substring(0, 2)).resolve(name);
    }
}
