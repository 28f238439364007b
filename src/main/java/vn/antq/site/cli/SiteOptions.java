package vn.antq.site.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.antq.site.BuildOptions;

import java.nio.file.Path;

/** Options every command that builds shares: where the content is, where the site goes. */
public final class SiteOptions {
    @Mixin
    SourceOption source;

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục kết quả (mặc định: site trong thư mục gốc)")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Địa chỉ tuyệt đối của trang khi xuất bản (cho sitemap.xml, feed.xml)")
    String baseUrl;

    @Option(names = "--drafts", description = "Dựng cả bản nháp (draft: true)")
    boolean drafts;

    @Option(names = "--no-cache", description = "Không dùng bộ nhớ đệm .antq-cache/ (dựng lại toàn bộ, không ghi bộ nhớ đệm)")
    boolean noCache;

    BuildOptions toBuildOptions() {
        Path root = source.root();
        return new BuildOptions(root, out != null ? out.toAbsolutePath().normalize() : root.resolve("site"), baseUrl, drafts,
                !noCache);
    }
}
