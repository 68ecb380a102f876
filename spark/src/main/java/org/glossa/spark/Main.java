package org.glossa.spark;

import java.io.PrintWriter;
import java.util.Optional;
import org.glossa.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code ./glossa spark JOB …} and of {@code spark-submit --class org.glossa.spark.Main
 * glossa-spark-VERSION.jar JOB …}. Exit codes as the command line's: 0 ok, 1 QA findings, 2 usage or input errors.
 */
@Command(name = "glossa spark", mixinStandardHelpOptions = true,
        description = "Glossa's batch jobs on Apache Spark, for archives: the options and outputs of the commands they mirror.",
        subcommands = {ExtractJob.class, QaJob.class, TermsJob.class, AnalyzeJob.class})
public final class Main implements Runnable {
    @Option(names = "--master", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Spark master, e.g. local[*], local[2], yarn, k8s://https://HOST:443 (default: the one"
                    + " spark-submit sets, else local[*]).")
    String master;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces for errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Optional<String> master() {
        return Optional.ofNullable(master);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a job and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parsed.hasMatchedOption("--verbose");
            err.println("glossa: " + SparkRun.describe(ex));
            if (verbose) ex.printStackTrace(err);
            else if (!(ex instanceof InputException)) err.println("(run with --verbose for details)");
            err.flush();
            return 2;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("glossa: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        return cl.execute(args);
    }
}
