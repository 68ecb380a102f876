package org.glossa.cli;

/** The exit codes scripts depend on. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int QA_FINDINGS = 1;
    public static final int USAGE_OR_INPUT = 2;

    private ExitCodes() {
    }
}
