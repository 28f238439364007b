package vn.antq.site.cli;

import picocli.CommandLine.Command;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.content.Messages;

import java.nio.file.Path;
import java.util.Locale;

/** {@code build}: content/ and themes/ → site/, published only when there is no error. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Dựng toàn bộ trang từ content/ và themes/ vào site/.")
public final class BuildCommand extends SiteCommand {
    @Override
    int run(BuildOptions options, Messages messages) {
        BuildResult result = new Build(options, messages, n -> err().println(messages.format("cli.progress", n)), false).run();
        print(result.problems());
        if (!result.published()) {
            err().println(messages.format("cli.failed", result.problems().errorCount(),
                    result.problems().warningCount(), display(options)));
            return 1;
        }
        out().println(messages.format("cli.summary", result.pages(), result.documents(),
                String.format(Locale.ROOT, "%.2f", result.millis() / 1000.0), display(options)));
        return 0;
    }

    /** The output folder as the summary names it: relative to the source when inside it. */
    static String display(BuildOptions options) {
        Path root = options.source();
        return options.out().startsWith(root) ? root.relativize(options.out()) + "/" : options.out() + "/";
    }
}
