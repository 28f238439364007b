package vn.antq.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command shares: its own command line (where it prints, what a usage error names)
 * and the message catalogue, read when the command runs (picocli makes every subcommand's
 * object at start, so a field would read it once per command).
 */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(new Messages());
    }

    /** The command; returns the exit code (0 done, 1 content errors). */
    abstract int run(Messages messages) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A mistake in the command line, to throw: picocli prints it with the usage and exits with 2. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Prints a run's problems, by file and line. */
    void print(Problems problems) {
        for (Problem p : problems.sorted()) err().println(p);
    }
}
