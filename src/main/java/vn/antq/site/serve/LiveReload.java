package vn.antq.site.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live reload over server-sent events: the script every served page gets, and the event stream
 * it listens to ({@code reload} after a rebuild, {@code failed} with the errors to show over
 * the last good page).
 */
final class LiveReload {
    static final String SCRIPT = """
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
    /** A comment line now and then, so a page closed without a word is noticed (its write fails). */
    private static final long PING_MS = 15_000;

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    /** An event to every open page; a page that cannot take it is forgotten. */
    void broadcast(String event, String data) {
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

    /** Serves one page's event stream; returns when the page is closed or the server stops. */
    void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            while (open && listeners.contains(out)) {
                Thread.sleep(PING_MS);
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

    /** Streams end at their next ping (or at once, when their threads are interrupted). */
    void close() {
        open = false;
    }
}
