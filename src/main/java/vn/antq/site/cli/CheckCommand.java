package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.check.SiteChecker;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code check}: everything build validates, plus links, anchors, alt text and the glossary; publishes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra nội dung, liên kết, mục (#...), ảnh và thuật ngữ mà không xuất bản.")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = new Messages();
        BuildOptions options = BuildCommand.validated(spec, site, messages);
        BuildResult result = new Build(options, messages, n -> { }).run(new SiteChecker(options.source()), false);
        for (Problem p : result.problems().sorted()) err.println(p);
        err.println(messages.format("cli.checked", result.problems().errorCount(), result.problems().warningCount()));
        return result.problems().hasErrors() ? 1 : 0;
    }
}
