package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The change events of a Glossa server (its server-sent event stream in the application), read as a blocking
 * call so that the editor's background-task discipline applies: a worker waits in {@link #next()} and hands each
 * batch of changes to the UI thread.
 */
public interface ServerEvents extends AutoCloseable {

    /** What changed on the server. */
    enum Kind {
        /** The event stream is connected (again): the server is there. */
        CONNECTED,
        /** Units of the memory {@code name} were added or changed. */
        UNITS,
        /** The termbase {@code name} was replaced or changed. */
        TERMBASE
    }

    /** One change; {@code name} is the memory's or termbase's name (empty for {@link Kind#CONNECTED}). */
    record Change(Kind kind, String name) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Waits for the next changes and returns them (at least one), oldest first.
     *
     * @throws IOException when the stream is down (the server is away); the next call tries to connect again
     * @throws InterruptedException when closed while waiting
     */
    List<Change> next() throws IOException, InterruptedException;

    /** Stops the stream; a waiting {@link #next()} ends. */
    @Override
    void close();
}
