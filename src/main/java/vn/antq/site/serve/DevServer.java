package vn.antq.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.IncrementalBuild;
import vn.antq.site.Snapshot;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.model.ContentParser;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.publish.Staging;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.render.PageReuse;
import vn.antq.site.render.SiteRenderer;
import vn.antq.site.render.SiteState;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The preview server: serves only the output folder on 127.0.0.1, rebuilds when content or
 * themes change, and tells open pages to reload (server-sent events). An edit of a few
 * documents or pages is rebuilt incrementally ({@link IncrementalBuild}: only the pages it
 * affects, then the search files on their own thread); anything else gets a full build. A
 * failed rebuild keeps the last good site served and shows its errors in the pages and the
 * terminal.
 */
public final class DevServer implements Closeable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "ics", "text/calendar; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg");
    private static final String RELOAD = """
            // antq-site preview: reload on rebuild, show build errors over the last good page
            'use strict';
            (function () {
              let banner = null;
              function show(text) {
                if (!banner) {
                  banner = document.createElement('div');
                  banner.className = 'antq-dev-error';
                  banner.setAttribute('role', 'alert');
                  document.body.prepend(banner);
                }
                banner.textContent = text;
              }
              function hide() { if (banner) { banner.remove(); banner = null; } }
              const events = new EventSource('/__antq/events');
              events.addEventListener('reload', () => location.reload());
              events.addEventListener('failed', (e) => show(e.data));
              fetch('/__antq/status').then((r) => r.text()).then((t) => { if (t) show(t); else hide(); });
            })();
            """;

    private final BuildOptions options;
    private final Messages messages;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "antq-serve");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastErrors = "";
    private volatile boolean running = true;

    // Pages: the watcher thread rebuilds them under buildLock, from the last good state.
    private final Object buildLock = new Object();
    /** The last good state of the pages: fast renders and incremental rebuilds start from it. */
    private volatile Snapshot snapshot;
    /** Changes counted from {@link #snapshot}; incremented under buildLock. */
    private long generation;
    /** Sources edited since {@link #snapshot}: a file whose edit failed is read again with the next edit. */
    private final Set<String> pending = new TreeSet<>();
    /** The files no longer match {@link #snapshot} in a way an incremental rebuild can catch up with (a failed full build). */
    private volatile boolean fullBuildNeeded;

    // Search: updated after the pages, on its own thread, so a long index build never delays
    // the next save's pages; saves made meanwhile are folded into one update.
    private final Object searchLock = new Object();
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "antq-search");
        t.setDaemon(true);
        return t;
    });
    private record Wanted(Snapshot snapshot, long generation) {}
    private final AtomicReference<Wanted> searchWanted = new AtomicReference<>();
    /** The state whose search files are published, and its generation (guarded by searchLock). */
    private Snapshot searched;
    private long searchedGeneration;

    /** @param messages the catalogue every build and notice of this server is worded from */
    public DevServer(BuildOptions options, Messages messages, int port, PrintWriter log) throws IOException {
        this.options = options;
        this.messages = messages;
        this.log = log;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Builds once, starts serving and watching. */
    public BuildResult start() throws IOException {
        // watch before the first build, so no save is missed
        WatchService ws = FileSystems.getDefault().newWatchService();
        for (String dir : List.of("content", "themes")) register(ws, options.source().resolve(dir));
        BuildResult first = rebuild();
        server.start();
        Thread watcher = new Thread(() -> watch(ws), "antq-watch");
        watcher.setDaemon(true);
        watcher.start();
        return first;
    }

    /** A full build; reports to the terminal and to open pages. */
    public BuildResult rebuild() {
        synchronized (buildLock) {
            // the search thread must not write while the output folder is swapped
            synchronized (searchLock) {
                BuildResult r = new Build(options, messages, n -> { }).run();
                report(r.problems());
                if (r.published()) {
                    snapshot = r.snapshot();
                    searched = r.snapshot();
                    searchedGeneration = ++generation;
                    pending.clear();
                    fullBuildNeeded = false;
                    log.println(messages.format("serve.rebuilt", r.pages(), r.millis()));
                    broadcast("reload", "ok");
                } else {
                    fullBuildNeeded = true;
                    failed();
                }
                log.flush();
                return r;
            }
        }
    }

    /**
     * Saved files: the page being edited first (fast render), then the pages the edit affects
     * (incremental rebuild) or, when that cannot handle it, a full build; the search files
     * follow on their own thread.
     */
    void changed(Set<Path> paths) {
        synchronized (buildLock) {
            if (!running) return;
            Map<String, Path> sources = new java.util.TreeMap<>();
            for (Path p : paths) {
                String rel = options.source().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
                if (!neverRead(p, rel)) sources.put(rel, p);
            }
            if (sources.isEmpty()) return;
            if (sources.size() == 1) fastRender(sources.values().iterator().next());
            if (snapshot != null && !fullBuildNeeded) {
                pending.addAll(sources.keySet());
                try {
                    IncrementalBuild.Result r = new IncrementalBuild(snapshot).pages(Set.copyOf(pending));
                    if (r.status() != IncrementalBuild.Status.FULL_BUILD_NEEDED) {
                        updated(r);
                        return;
                    }
                    log.println(messages.format("serve.fullBuild", messages.format(r.fullBuildReason())));
                } catch (RuntimeException e) {
                    log.println("antq-site: " + e);
                }
            }
            rebuild();
        }
    }

    /**
     * Editors' swap and backup files under content/ are never read by the build (the loader
     * skips them), nor is a file that appeared and vanished since the last build (vim's write
     * test "4913"): saving them changes nothing.
     */
    private boolean neverRead(Path file, String rel) {
        if (!rel.startsWith("content/")) return false;
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~")) return true;
        Snapshot s = snapshot;
        if (s == null || Files.exists(file)) return false;
        String folder = rel + "/";
        for (String input : s.inputs()) if (input.equals(rel) || input.startsWith(folder)) return false;
        return true;
    }

    /** The outcome of an incremental rebuild of the pages. */
    private void updated(IncrementalBuild.Result r) {
        boolean wasFailing = !lastErrors.isEmpty();
        report(r.problems());
        if (r.status() == IncrementalBuild.Status.FAILED) {
            failed();
        } else {
            snapshot = r.snapshot();
            long gen = ++generation;
            pending.clear();
            log.println(messages.format("serve.updated", r.rendered().size(), r.millis(), r.written().size()));
            if (!r.written().isEmpty() || wasFailing) broadcast("reload", "ok");
            if (searchWanted.getAndSet(new Wanted(r.snapshot(), gen)) == null) searcher.execute(this::updateSearch);
        }
        log.flush();
    }

    /** Runs on the search thread: brings the search files up to the newest state asked for. */
    private void updateSearch() {
        Wanted w;
        while ((w = searchWanted.getAndSet(null)) != null) {
            synchronized (searchLock) {
                // a full build since then wrote newer search files
                if (searched == null || w.generation() <= searchedGeneration) continue;
                try {
                    IncrementalBuild.Search r = IncrementalBuild.search(searched, w.snapshot());
                    searched = r.snapshot();
                    searchedGeneration = w.generation();
                    log.println(r.changed() ? messages.format("serve.searchUpdated", r.millis(), r.written(), r.kept())
                            : messages.format("serve.searchUnchanged", r.millis()));
                    log.flush();
                    // open pages loaded the meta script naming the old index folder, now gone
                    if (r.changed()) broadcast("reload", "ok");
                } catch (RuntimeException e) {
                    log.println("antq-site: " + e);
                    log.flush();
                    fullBuildNeeded = true;
                }
            }
        }
    }

    /** Every problem to the terminal; the errors kept for the pages' banner. */
    private void report(Problems problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems.sorted()) {
            log.println(p);
            if (p.severity() == Problem.Severity.ERROR) sb.append(p).append('\n');
        }
        lastErrors = sb.toString();
    }

    private void failed() {
        log.println(messages.format("serve.failed"));
        broadcast("failed", messages.format("serve.failed") + "\n" + lastErrors);
    }

    private void watch(WatchService service) {
        try (WatchService ws = service) {
            while (running) {
                WatchKey key = ws.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(ws, key, changed);
                if (changed.isEmpty()) continue;
                Thread.sleep(50); // an editor's save is often several writes
                WatchKey more;
                while ((more = ws.poll()) != null) collect(ws, more, changed);
                changed(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.println("antq-site: " + e.getMessage());
            log.flush();
        }
    }

    private static void collect(WatchService ws, WatchKey key, Set<Path> changed) throws IOException {
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p && key.watchable() instanceof Path parent) {
                Path full = parent.resolve(p);
                if (Files.isDirectory(full)) register(ws, full);
                changed.add(full);
            }
        }
        key.reset();
    }

    /**
     * Hugo's "fast render": when only a document's text changed (its front matter is as it
     * was), its page is rendered again at once from the last build's model; the incremental
     * rebuild that follows brings the pages the edit affects up to date (citations, for one),
     * then the search files.
     *
     * @return whether the page was re-rendered
     */
    boolean fastRender(Path file) {
        Snapshot s = snapshot;
        if (s == null || !Files.isRegularFile(file)) return false;
        long start = System.nanoTime();
        String rel = options.source().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (!rel.startsWith(ContentParser.DOCUMENTS_DIR) || !rel.endsWith(".md")) return false;
        Document old = s.site().documents().stream().filter(d -> d.sourcePath().equals(rel)).findFirst().orElse(null);
        if (old == null) return false;
        Problems problems = new Problems(messages);
        SourceFile source = new ContentLoader(options.source(), problems).readFile(file, rel);
        FrontMatter fm = source == null ? null : FrontMatter.parse(source, new Yaml(), problems);
        if (fm == null || problems.hasErrors()) return false;
        DocumentMeta meta = Schema.document(fm, problems);
        if (problems.hasErrors() || !meta.equals(old.meta())) return false;
        String self = meta.blank().contains("number") ? null : ReferenceScanner.key(meta.number());
        Rendered body = s.markdown().render(rel, fm.body(), fm.bodyLine(), old.outputPath(), s.site().outputPathBySource()::get,
                problems, self);
        if (problems.hasErrors()) return false;
        Map<String, Rendered> bodies = new HashMap<>(s.bodies());
        bodies.put(rel, body);
        new SiteRenderer(new SiteState(s.site(), bodies, s.xrefs(), s.glossary(), s.calendar(), s.theme(), s.markdown(), s.assets()),
                Staging.inPlace(options.out()), problems, PageReuse.NONE).renderDocument(old);
        if (problems.hasErrors()) return false;
        log.println(messages.format("serve.fastRendered", old.outputPath(), (System.nanoTime() - start) / 1_000_000));
        log.flush();
        broadcast("reload", "ok");
        return true;
    }

    private static void register(WatchService ws, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void broadcast(String event, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n")) sb.append("data: ").append(line).append('\n');
        byte[] bytes = sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            switch (raw) {
                case "/__antq/reload.js" -> { send(ex, 200, TYPES.get("js"), RELOAD.getBytes(StandardCharsets.UTF_8)); return; }
                case "/__antq/status" -> { send(ex, 200, TYPES.get("txt"), lastErrors.getBytes(StandardCharsets.UTF_8)); return; }
                case "/__antq/events" -> { events(ex); return; }
                default -> { }
            }
            Path file = resolve(raw);
            if (file == null) {
                send(ex, 400, TYPES.get("txt"), "400".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = options.out().resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(ex, 404, TYPES.get("txt"), "404".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            if (name.endsWith(".html")) body = inject(body);
            send(ex, status, type, body);
        }
    }

    /**
     * The file a request path names inside the output folder, or null when the path tries to
     * leave it (.., encoded or not, backslashes, NUL).
     */
    Path resolve(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.contains("\0") || path.contains("\\")) return null;
        for (String segment : path.split("/")) if (segment.equals("..")) return null;
        Path out = options.out().toAbsolutePath().normalize();
        Path file = out.resolve(path.replaceFirst("^/+", "")).normalize();
        return file.startsWith(out) ? file : null;
    }

    private static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int head = s.indexOf("</head>");
        if (head < 0) return html;
        return (s.substring(0, head) + "<script src=\"/__antq/reload.js\" defer></script>\n" + s.substring(head))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            while (running && listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed
        } finally {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        // nothing writes into the output folder once closed: wait for a rebuild or search update under way
        synchronized (buildLock) {
            searcher.shutdown();
        }
        try {
            searcher.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
