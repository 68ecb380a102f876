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
        if (ex instanceof java.nio.file.InvalidPathException e) return unencodable(e.getInput());
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** A file name the locale's charset cannot encode (non-ASCII letters under LC_ALL=C without ./glossa). */
    static String unencodable(String fileName) {
        return "'" + fileName + "': this file name cannot be represented in the file-name encoding of the current locale ("
                + System.getProperty("sun.jnu.encoding") + "); run Glossa with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"
                + " (./glossa does so by itself)";
    }
}
