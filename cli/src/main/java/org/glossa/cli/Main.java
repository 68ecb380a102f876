package org.glossa.cli;

import java.io.PrintWriter;
import org.glossa.core.io.LockFile;
import picocli.CommandLine;

/** Entry point of {@code ./glossa}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ExtractWarmUp.startFor(args); // the idle core extracts a built-in article while picocli parses (decision 0045)
        reportLockWaits();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * "waiting for TM.tmx (locked by another Glossa process)" on standard error while another process writes a memory
     * or builds its index. Its own method so that {@link CdsTraining} runs it too: a class the archive lacks is
     * looked for in every jar of the class path before its own (decision 0052).
     */
    static void reportLockWaits() {
        LockFile.reportWaitsTo(message -> {
            System.err.println(message);
            System.err.flush();
        });
    }

    /** Runs the command line and returns the exit code (0 ok, 1 QA findings, 2 usage or input errors). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        skipPicocliLookups();
        CommandLine cl = new CommandLine(new GlossaCommand());
        // a CommandLine of its own applies the subcommand's model transformer (LanguagePair.Required), as picocli does
        // for the subcommands an annotation lists
        for (String name : GlossaCommand.subcommandsFor(args)) {
            cl.addSubcommand(name, new CommandLine(GlossaCommand.SUBCOMMANDS.get(name).get()));
        }
        // after the subcommands: it sets the bundle of every command in the tree, as the annotation's did
        cl.setResourceBundle(LanguagePair.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setDefaultValueProvider(new LanguagePair.Defaults());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ParameterErrors(err));
        return cl.execute(args);
    }

    /**
     * picocli's public switches for lookups Glossa has no use for, which its first {@code CommandLine} makes on the
     * main thread before the workers start (decision 0058): {@code picocli.disable.closures} skips
     * {@code Class.forName("groovy.lang.Closure")}, a class no jar has, which opened all 70 jars of the class path
     * to look for it; {@code picocli.converters.excludes} skips the converters of java.sql and java.time types (no
     * option has one), which picocli finds by reflection, loading and initialising those classes. A value set on
     * the command line ({@code -D…}) is kept.
     */
    static void skipPicocliLookups() {
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        }
    }

    /**
     * A usage error: "glossa: MESSAGE" and the usage, exit 2. A class, not a lambda: the archive of the command line
     * (decision 0035) cannot hold a lambda of picocli's interfaces (their class files are of Java 5, which the dump
     * leaves out once linked), and without it picocli's own {@code CommandLine$1} was left out too, so each start
     * read them from picocli's jar after opening every jar listed before it (decision 0052).
     */
    private record ParameterErrors(PrintWriter err) implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            // picocli keeps only the message of a failed conversion: a file name the locale's charset cannot encode
            if (ex.getValue() != null && String.valueOf(ex.getMessage()).contains(java.nio.file.InvalidPathException.class.getName())) {
                err.println("glossa: " + ErrorHandler.unencodable(ex.getValue()));
                return ExitCodes.USAGE_OR_INPUT;
            }
            err.println("glossa: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
