package org.glossa.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * What libraries log at WARN and ERROR while a test {@link #record records} on its thread (everything else is dropped,
 * as slf4j-nop would): how the interop tests see Okapi's complaints about a file. The cli tests run with this
 * provider ({@code slf4j.provider} in the surefire configuration).
 */
final class RecordedLogs {
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private RecordedLogs() {
    }

    /** Runs {@code work} and returns the warnings and errors logged on this thread meanwhile ("WARN logger: text"). */
    static <T> List<String> record(Callable<T> work) throws Exception {
        List<String> lines = new ArrayList<>();
        RECORDING.set(lines);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return lines;
    }

    /** Records WARN and ERROR while a test records, nothing otherwise. */
    static final class RecordingLogger extends LegacyAbstractLogger {
        RecordingLogger(String name) {
            this.name = name;
        }

        private static boolean on() {
            return RECORDING.get() != null;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return on();
        }

        @Override
        public boolean isErrorEnabled() {
            return on();
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            List<String> lines = RECORDING.get();
            if (lines == null || level.toInt() < Level.WARN.toInt()) return;
            lines.add(level + " " + name + ": " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }
    }

    /** The slf4j provider handing out {@link RecordingLogger}s. */
    public static final class Provider implements SLF4JServiceProvider {
        private final ILoggerFactory loggers = RecordingLogger::new;
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new NOPMDCAdapter();

        @Override
        public ILoggerFactory getLoggerFactory() {
            return loggers;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }

        @Override
        public void initialize() {
        }
    }
}
