package vn.antq.site.cli;

import picocli.CommandLine.Option;
import vn.antq.site.BuildOptions;

import java.nio.file.Path;

/** Options every command that builds shares: where the content is, where the site goes. */
public final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc chứa content/ và themes/ (mặc định: .)")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục kết quả (mặc định: site trong thư mục gốc)")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Địa chỉ tuyệt đối của trang khi xuất bản (cho sitemap.xml, feed.xml)")
    String baseUrl;

    @Option(names = "--drafts", description = "Dựng cả bản nháp (draft: true)")
    boolean drafts;

    @Option(names = "--no-cache", description = "Không dùng bộ nhớ đệm .antq-cache/ (dựng lại toàn bộ, không ghi bộ nhớ đệm)")
    boolean noCache;

    Path root() {
        return source.toAbsolutePath().normalize();
    }

    BuildOptions toBuildOptions() {
        Path root = root();
        return new BuildOptions(root, out != null ? out.toAbsolutePath().normalize() : root.resolve("site"), baseUrl, drafts,
                !noCache);
    }
}
