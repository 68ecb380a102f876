package org.glossa.server;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code ./glossa server …} (the launcher runs this module for the {@code server} command, so the
 * command line module stays free of web and database code).
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) System.exit(code);
    }

    /** Runs {@code server} with {@code args} (what follows "server" on the command line). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ServerCommand());
        cl.setCommandName("glossa server");
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("glossa server: " + message(ex));
            if (cl.getCommand() instanceof ServerCommand s && s.verbose) ex.printStackTrace(err);
            return 2;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("glossa server: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        return cl.execute(args);
    }

    private static String message(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) sb.append(": ").append(c.getMessage());
        }
        return sb.toString();
    }
}
