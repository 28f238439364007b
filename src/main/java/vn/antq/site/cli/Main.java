package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: {@code antq-site build|check|serve|new}. Exit 0 ok, 1 content errors, 2 usage. */
@Command(name = "antq-site", mixinStandardHelpOptions = true, version = "antq-site 0.1",
        description = "Dựng trang hướng dẫn phong trào Toàn dân bảo vệ an ninh Tổ quốc từ Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int relaunched = HeapLauncher.relaunchIfUnbounded(args);
        if (relaunched >= 0) System.exit(relaunched);
        try {
            System.exit(run(args));
        } catch (OutOfMemoryError e) {
            System.err.println(java.util.ResourceBundle.getBundle("vn.antq.site.problems").getString("build.outOfMemory"));
            System.exit(71);
        }
    }

    /** Runs the command line and returns the exit code (used by tests too). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // a bug of ours, not a mistake of the editor: one line, and the trace only on request
            commandLine.getErr().println("antq-site: lỗi nội bộ: " + ex);
            if (System.getenv("ANTQ_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 70;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Thiếu lệnh: build, check, serve hoặc new");
    }
}
