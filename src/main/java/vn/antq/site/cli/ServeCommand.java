package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.antq.site.BuildOptions;
import vn.antq.site.content.Messages;
import vn.antq.site.serve.DevServer;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: preview on 127.0.0.1 with rebuild on save and live reload. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xem trước trang trên máy (127.0.0.1), tự dựng lại và tải lại trang khi lưu tệp.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "Cổng (mặc định 8000; 0 để chọn cổng trống)")
    int port = 8000;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = new Messages();
        BuildOptions options = BuildCommand.validated(spec, site, messages);
        DevServer server = new DevServer(options, messages, port, spec.commandLine().getErr());
        server.start();
        spec.commandLine().getOut().println(messages.format("serve.listening", "http://127.0.0.1:" + server.port() + "/"));
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await(); // until Ctrl+C
        return 0;
    }
}
