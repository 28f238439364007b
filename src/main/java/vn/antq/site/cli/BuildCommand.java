package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;

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

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = new Messages();
        BuildOptions options = validated(spec, site, messages);
        BuildResult result = new Build(options, messages, n -> err.println(messages.format("cli.progress", n)), false).run();
        for (Problem p : result.problems().sorted()) err.println(p);
        if (!result.published()) {
            err.println(messages.format("cli.failed", result.problems().errorCount(),
                    result.problems().warningCount(), display(options)));
            return 1;
        }
        spec.commandLine().getOut().println(messages.format("cli.summary", result.pages(), result.documents(),
                String.format(Locale.ROOT, "%.2f", result.millis() / 1000.0), display(options)));
        return 0;
    }

    /** Checks the options that picocli cannot (a folder that exists, an absolute URL). */
    static BuildOptions validated(CommandLine.Model.CommandSpec spec, SiteOptions site, Messages messages) {
        if (!Files.isDirectory(site.source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.noSource", site.source));
        }
        if (site.baseUrl != null && !site.baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.badBaseUrl", site.baseUrl));
        }
        return site.toBuildOptions();
    }

    static String display(BuildOptions options) {
        Path root = options.source();
        return options.out().startsWith(root) ? root.relativize(options.out()) + "/" : options.out() + "/";
    }
}
