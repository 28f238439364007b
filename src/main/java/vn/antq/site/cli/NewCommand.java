package vn.antq.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Schema;
import vn.antq.site.text.Folding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code new TYPE "Title"}: a content file with the right front matter and an ASCII slug; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo tệp nội dung mới: van-ban (văn bản), trang, bang-kiem (bảng tự kiểm tra).")
public final class NewCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "TYPE", description = "van-ban | trang | bang-kiem")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "Tiêu đề")
    String title;

    @Option(names = "--type", paramLabel = "LOAI", description = "Loại văn bản, ví dụ ke-hoach (cho van-ban)")
    String type;

    @Option(names = "--number", paramLabel = "SO", description = "Số hiệu, ví dụ 12/KH-UBND (cho van-ban)")
    String number;

    @Mixin
    SourceOption source;

    @Override
    int run(Messages messages) throws IOException {
        String slug = Folding.slug(title);
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Path file;
        String text;
        switch (kind) {
            case "van-ban" -> {
                if (type == null) throw usage(messages.format("cli.newNeedsNumber"));
                if (!Schema.TYPES.contains(type)) {
                    throw usage(messages.format("cli.newBadType", type, String.join(", ", Schema.TYPES)));
                }
                boolean blank = number == null || number.isBlank();
                String fileSlug = blank ? type + "-" + slug : type + "-" + Folding.slug(number);
                file = source.path.resolve("content/van-ban/" + fileSlug + ".md");
                text = "---\ntitle: " + quoted + "\ntype: " + type + "\n"
                        + (blank ? "number: \"/\"\nblank: [number]\nslug: " + fileSlug + "\n" : "number: \"" + number + "\"\n")
                        + "issuer: \"\"\ndate: " + java.time.Year.now().getValue() + "\nstatus: con-hieu-luc\naudience: []\ntopics: []\nsummary: \"\"\n---\n\n"
                        + "## I. MỤC ĐÍCH, YÊU CẦU\n\n";
            }
            case "trang" -> {
                file = source.path.resolve("content/" + slug + ".md");
                text = "---\ntitle: " + quoted + "\ndescription: \"\"\n---\n\n";
            }
            case "bang-kiem" -> {
                file = source.path.resolve("content/tu-kiem-tra/" + slug + ".md");
                text = "---\nid: " + slug + "\ntitle: " + quoted + "\nsummary: \"\"\nversion: 1\naudience: []\nlegal_basis: []\n"
                        + "result:\n  type: pass-fail\n  outcomes:\n    - id: dat\n      label: \"Đạt\"\n      when: \"all_met()\"\n"
                        + "    - id: chua-dat\n      label: \"Chưa đạt\"\n      when: \"not all_met()\"\n---\n\n"
                        + "## Nhóm tiêu chí thứ nhất {#nhom_1}\n\n"
                        + "- [ ] Nội dung tiêu chí {#tieu_chi_1 required basis=\"Căn cứ: văn bản, điều, khoản\"}\n"
                        + "  Hướng dẫn: minh chứng cần lưu.\n";
            }
            default -> throw usage(messages.format("cli.newBadType", kind, "van-ban, trang, bang-kiem"));
        }
        Path rel = source.root().relativize(file.toAbsolutePath().normalize());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err().println(rel + ": error: " + messages.format("cli.newExists", rel));
            return 1;
        }
        out().println(messages.format("cli.newCreated", rel));
        return 0;
    }
}
