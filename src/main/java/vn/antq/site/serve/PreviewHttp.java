package vn.antq.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The preview's HTTP side on 127.0.0.1: the files of the output folder and nothing else (a
 * folder serves its index.html, never a listing), each HTML page with the live-reload script;
 * the script itself, its event stream and the last rebuild's errors under {@code /__antq/}.
 */
final class PreviewHttp {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "ics", "text/calendar; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg");

    private final Path out;
    private final LiveReload events;
    private final Supplier<String> errors;
    private final HttpServer server;
    // event streams hold their thread for as long as the page is open
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "antq-serve");
        t.setDaemon(true);
        return t;
    });

    /** @param errors the last rebuild's errors, empty when it succeeded */
    PreviewHttp(Path out, int port, LiveReload events, Supplier<String> errors) throws IOException {
        this.out = out;
        this.events = events;
        this.errors = errors;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void close() {
        events.close();
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            switch (raw) {
                case "/__antq/reload.js" -> { send(ex, 200, TYPES.get("js"), LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8)); return; }
                case "/__antq/status" -> { send(ex, 200, TYPES.get("txt"), errors.get().getBytes(StandardCharsets.UTF_8)); return; }
                case "/__antq/events" -> { events.stream(ex); return; }
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
                file = out.resolve("404.html");
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
        Path root = out.toAbsolutePath().normalize();
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int head = s.indexOf("</head>");
        if (head < 0) return html;
        return (s.substring(0, head) + "<script src=\"/__antq/reload.js\" defer></script>\n" + s.substring(head))
                .getBytes(StandardCharsets.UTF_8);
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
}
