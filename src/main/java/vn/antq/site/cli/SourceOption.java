package vn.antq.site.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --source}: the site's root folder, which every command reads or writes. */
final class SourceOption {
    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của trang, nơi có content/ và themes/ (mặc định: .)")
    Path path = Path.of(".");

    /** The root folder, absolute. */
    Path root() {
        return path.toAbsolutePath().normalize();
    }
}
