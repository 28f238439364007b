package vn.antq.site.cli;

import picocli.CommandLine.Mixin;
import vn.antq.site.BuildOptions;
import vn.antq.site.content.Messages;

import java.nio.file.Files;

/** A command that builds the site ({@code build}, {@code check}, {@code serve}): runs on the site options, checked. */
abstract class SiteCommand extends Subcommand {
    @Mixin
    SiteOptions site;

    @Override
    final int run(Messages messages) throws Exception {
        return run(validated(messages), messages);
    }

    /** The command on options that were checked; returns the exit code. */
    abstract int run(BuildOptions options, Messages messages) throws Exception;

    /** Checks the options that picocli cannot (a folder that exists, an absolute URL). */
    private BuildOptions validated(Messages messages) {
        if (!Files.isDirectory(site.source.path)) throw usage(messages.format("cli.noSource", site.source.path));
        if (site.baseUrl != null && !site.baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw usage(messages.format("cli.badBaseUrl", site.baseUrl));
        }
        return site.toBuildOptions();
    }
}
