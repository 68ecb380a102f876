package org.glossa.desktop.viewmodel;

/** What the editor shows of a failure: one line, never a stack trace. */
public final class Messages {

    private Messages() {
    }

    /** The first line of {@code e}'s message, or its class name when it has none. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
