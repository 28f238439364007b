package vn.antq.site.cli;

import picocli.CommandLine.Command;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.check.SiteChecker;
import vn.antq.site.content.Messages;

/** {@code check}: everything build validates, plus links, anchors, alt text and the glossary; publishes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra nội dung, liên kết, mục (#...), ảnh và thuật ngữ mà không xuất bản.")
public final class CheckCommand extends SiteCommand {
    @Override
    int run(BuildOptions options, Messages messages) {
        BuildResult result = new Build(options, messages, n -> { }, false).run(new SiteChecker(options.source()), false);
        print(result.problems());
        err().println(messages.format("cli.checked", result.problems().errorCount(), result.problems().warningCount()));
        return result.problems().hasErrors() ? 1 : 0;
    }
}
