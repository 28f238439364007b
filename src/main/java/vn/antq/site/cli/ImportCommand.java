package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Yaml;
import vn.antq.site.importer.SiteImporter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code import DIR}: the documents of a Jekyll or Hugo site brought into content/; never overwrites. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập văn bản từ một trang Jekyll hoặc Hugo (thư mục các tệp Markdown) vào content/; không ghi đè tệp nào.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục các tệp Markdown cần nhập")
    Path from;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của trang, nơi có content/ (mặc định: .)")
    Path source = Path.of(".");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = new Messages();
        Problems problems = new Problems(messages);
        if (!Files.isDirectory(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.importNoDir", from));
        }
        SiteImporter.Result r = new SiteImporter(problems, new Yaml()).run(from, from.toString(), source);
        for (Problem p : problems.sorted()) err.println(p);
        spec.commandLine().getOut().println(messages.format("cli.imported", r.documents(), r.pages(), r.kept(),
                problems.errorCount(), problems.warningCount()));
        return 0;
    }
}
