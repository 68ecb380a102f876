package org.glossa.cli;

import org.glossa.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The one place that maps errors to messages and exit codes; stack traces only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        cl.getErr().println("glossa: " + describe(ex));
        if (verbose) ex.printStackTrace(cl.getErr());
        else if (!(ex instanceof InputException)) cl.getErr().println("(run with --verbose for details)");
        cl.getErr().flush();
        return ExitCodes.USAGE_OR_INPUT;
    }

    static String describe(Throwable ex) {
        if (ex instanceof InputException ie) return ie.describe();
        if (ex instanceof UnsupportedOperationException) return ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException e) return e.getFile() + ": no such file";
        if (ex instanceof java.nio.file.AccessDeniedException e) return e.getFile() + ": permission denied";
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
