package vn.antq.site.serve;

import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The preview server: serves only the output folder on 127.0.0.1 ({@link PreviewHttp}),
 * rebuilds when content or themes change ({@link SourceWatcher} → {@link RebuildScheduler}),
 * and tells open pages to reload ({@link LiveReload}). An edit of a few documents or pages is
 * rebuilt incrementally (only the pages it affects, then the search files on their own
 * thread); anything else gets a full build. A failed rebuild keeps the last good site served
 * and shows its errors in the pages and the terminal ({@link BuildReport}).
 */
public final class DevServer implements Closeable {
    private final SourceWatcher watcher;
    private final RebuildScheduler rebuilds;
    private final PreviewHttp http;

    public DevServer(BuildOptions options, vn.antq.site.content.Messages messages, int port, PrintWriter log) throws IOException {
        LiveReload pages = new LiveReload();
        BuildReport report = new BuildReport(log, pages, messages);
        rebuilds = new RebuildScheduler(options, report, new FastRender(options, report));
        watcher = new SourceWatcher(List.of(options.source().resolve("content"), options.source().resolve("themes")), log);
        http = new PreviewHttp(options.out(), port, pages, report::errors);
    }

    public int port() {
        return http.port();
    }

    /** Builds once, starts serving and watching. */
    public BuildResult start() throws IOException {
        watcher.open(); // before the first build, so no save is missed
        BuildResult first = rebuilds.fullBuild();
        http.start();
        watcher.start(rebuilds::changed);
        return first;
    }

    /** A full build; reports to the terminal and to open pages. */
    public BuildResult rebuild() {
        return rebuilds.fullBuild();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // it only held the watch: nothing is left to undo
        }
        http.close();
        rebuilds.close();
    }
}
