package vn.antq.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Yaml;
import vn.antq.site.importer.SiteImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code import DIR}: the documents of a Jekyll or Hugo site brought into content/; never overwrites. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập văn bản từ một trang Jekyll hoặc Hugo (thư mục các tệp Markdown) vào content/; không ghi đè tệp nào.")
public final class ImportCommand extends Subcommand {
    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục các tệp Markdown cần nhập")
    Path from;

    @Override
    int run(Messages messages) throws IOException {
        Problems problems = new Problems(messages);
        if (!Files.isDirectory(from)) throw usage(messages.format("cli.importNoDir", from));
        SiteImporter.Result r = new SiteImporter(problems, new Yaml()).run(from, from.toString(), source.path);
        print(problems);
        out().println(messages.format("cli.imported", r.documents(), r.pages(), r.kept(),
                problems.errorCount(), problems.warningCount()));
        return 0;
    }
}
