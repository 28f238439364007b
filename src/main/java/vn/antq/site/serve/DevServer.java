package vn.antq.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.Snapshot;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.ContentParser;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.publish.Staging;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.render.SiteRenderer;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The preview server: serves only the output folder on 127.0.0.1, rebuilds when content or
 * themes change, and tells open pages to reload (server-sent events). A failed rebuild keeps
 * the last good site served and shows its errors in the pages and the terminal.
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
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "antq-serve");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastErrors = "";
    private volatile Snapshot snapshot;
    private volatile boolean running = true;
    private final Object buildLock = new Object();

    public DevServer(BuildOptions options, int port, PrintWriter log) throws IOException {
        this.options = options;
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
            BuildResult r = new Build(options, n -> { }).run();
            StringBuilder sb = new StringBuilder();
            for (Problem p : r.problems().sorted()) {
                log.println(p);
                if (p.severity() == Problem.Severity.ERROR) sb.append(p).append('\n');
            }
            lastErrors = sb.toString();
            if (r.published()) {
                snapshot = r.snapshot();
                log.println(r.problems().format("serve.rebuilt", r.pages(), r.millis()));
                broadcast("reload", "ok");
            } else {
                log.println(r.problems().format("serve.failed"));
                broadcast("failed", r.problems().format("serve.failed") + "\n" + lastErrors);
            }
            log.flush();
            return r;
        }
    }

    private void watch(WatchService service) {
        try (WatchService ws = service) {
            while (running) {
                WatchKey key = ws.take();
                java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
                collect(ws, key, changed);
                if (changed.isEmpty()) continue;
                Thread.sleep(50); // an editor's save is often several writes
                WatchKey more;
                while ((more = ws.poll()) != null) collect(ws, more, changed);
                // the page being edited first, then everything it may affect
                if (changed.size() == 1) fastRender(changed.iterator().next());
                rebuild();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.println("antq-site: " + e.getMessage());
            log.flush();
        }
    }

    private static void collect(WatchService ws, WatchKey key, java.util.Set<Path> changed) throws IOException {
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
     * was), its page is rendered again at once from the last build's model; the full rebuild
     * that follows brings every other page (register, search, citations) up to date.
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
        Problems problems = new Problems();
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
        new SiteRenderer(s.site(), bodies, s.xrefs(), s.glossary(), s.calendar(), s.theme(), s.markdown(), s.assets(),
                Staging.inPlace(options.out()), problems).renderDocument(old);
        if (problems.hasErrors()) return false;
        log.println(problems.format("serve.fastRendered", old.outputPath(), (System.nanoTime() - start) / 1_000_000));
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
        pool.shutdownNow();
    }
}
