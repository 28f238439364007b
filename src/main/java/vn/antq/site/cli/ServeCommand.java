package vn.antq.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.antq.site.BuildOptions;
import vn.antq.site.content.Messages;
import vn.antq.site.serve.DevServer;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: preview on 127.0.0.1 with rebuild on save and live reload. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xem trước trang trên máy (127.0.0.1), tự dựng lại và tải lại trang khi lưu tệp.")
public final class ServeCommand extends SiteCommand {
    @Option(names = "--port", paramLabel = "N", description = "Cổng (mặc định 8000; 0 để chọn cổng trống)")
    int port = 8000;

    @Override
    int run(BuildOptions options, Messages messages) throws IOException, InterruptedException {
        DevServer server = new DevServer(options, messages, port, err());
        server.start();
        out().println(messages.format("serve.listening", "http://127.0.0.1:" + server.port() + "/"));
        out().flush();
        new CountDownLatch(1).await(); // until Ctrl+C
        return 0;
    }
}
