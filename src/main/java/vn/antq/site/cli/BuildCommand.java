package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code build}: content/ and themes/ → site/, published only when there is no error. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Dựng toàn bộ trang từ content/ và themes/ vào site/.")
public final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc chứa content/ và themes/ (mặc định: .)")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục kết quả (mặc định: site trong thư mục gốc)")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Địa chỉ tuyệt đối của trang khi xuất bản (cho sitemap.xml, feed.xml)")
    String baseUrl;

    @Option(names = "--drafts", description = "Dựng cả bản nháp (draft: true)")
    boolean drafts;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Problems messages = new Problems();
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.noSource", source));
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.badBaseUrl", baseUrl));
        }
        Path root = source.toAbsolutePath().normalize();
        Path output = out != null ? out.toAbsolutePath().normalize() : root.resolve("site");
        BuildOptions options = new BuildOptions(root, output, baseUrl, drafts);
        BuildResult result = new Build(options, n -> err.println(messages.format("cli.progress", n))).run();
        for (Problem p : result.problems().sorted()) err.println(p);
        if (!result.published()) {
            err.println(result.problems().format("cli.failed", result.problems().errorCount(),
                    result.problems().warningCount(), display(root, output)));
            return 1;
        }
        stdout.println(result.problems().format("cli.summary", result.pages(), result.documents(),
                String.format(Locale.ROOT, "%.2f", result.millis() / 1000.0), display(root, output)));
        return 0;
    }

    private static String display(Path root, Path output) {
        return output.startsWith(root) ? root.relativize(output) + "/" : output + "/";
    }
}
