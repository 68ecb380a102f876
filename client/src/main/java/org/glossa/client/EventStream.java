package org.glossa.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Listens to a server's change events ({@code GET /api/events}, server-sent events) on a daemon thread of its own
 * and passes them to a {@link Listener} on that thread. When the connection drops it reconnects (after 1 s, then
 * up to 30 s apart) with {@code Last-Event-ID}, so the server sends what was missed in between. A refused token or
 * role (401/403) stops it. {@link #close()} stops it and waits for the thread.
 */
public final class EventStream implements AutoCloseable {
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    /** What a listener hears; every method is called on the stream's thread. */
    public interface Listener {
        /** One event, in order of ids. */
        void onEvent(ServerEvent event);

        /** The stream is connected (again): events after the last one seen follow. */
        default void onConnected() {
        }

        /**
         * The stream is not connected.
         *
         * @param problem  what happened (connection refused, the server went away, token refused…)
         * @param retrying whether the stream tries again by itself (false after 401/403, or when closed)
         */
        default void onDisconnected(ClientException problem, boolean retrying) {
        }
    }

    private final ServerConnection connection;
    private final Listener listener;
    private final Thread thread;
    private volatile long lastEventId;
    private volatile boolean open = true;
    private volatile InputStream body;

    private EventStream(ServerConnection connection, long lastEventId, Listener listener) {
        this.connection = connection;
        this.lastEventId = lastEventId;
        this.listener = listener;
        this.thread = new Thread(this::run, "glossa-events " + connection.server());
        thread.setDaemon(true);
    }

    static EventStream start(ServerConnection connection, long lastEventId, Listener listener) {
        EventStream s = new EventStream(connection, lastEventId, listener);
        s.thread.start();
        return s;
    }

    /** The id of the last event passed on (or the one the stream started after). */
    public long lastEventId() {
        return lastEventId;
    }

    private void run() {
        Duration wait = FIRST_RETRY;
        String what = connection.server().api("/api/events").toString();
        while (open) {
            ClientException problem;
            boolean retry = true;
            try {
                listenOnce(what);
                problem = new ClientException(what, "the server closed the event stream");
                wait = FIRST_RETRY;
            } catch (ClientException e) {
                problem = e;
                retry = e.status() != 401 && e.status() != 403;
            } catch (IOException e) {
                problem = connection.unreachable(what, e);
            }
            if (!open) return;
            listener.onDisconnected(problem, retry);
            if (!retry) return;
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
        }
    }

    private void listenOnce(String what) throws IOException {
        // the timeout bounds the wait for the answer's headers (a catch-up is sent after them), not the stream
        HttpRequest.Builder b = connection.request(connection.server().api("/api/events"), Duration.ofMinutes(2))
                .header("Accept", "text/event-stream");
        if (lastEventId > 0) b.header("Last-Event-ID", Long.toString(lastEventId));
        HttpResponse<InputStream> r = connection.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream(), what);
        body = r.body();
        if (!open) {
            body.close();
            return;
        }
        listener.onConnected();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String type = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null && open; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        long eventId = id == null ? lastEventId : parseId(id);
                        lastEventId = Math.max(lastEventId, eventId);
                        listener.onEvent(new ServerEvent(eventId, type, data.substring(0, data.length() - 1)));
                    }
                    id = null;
                    type = "message";
                    data.setLength(0);
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) value = value.substring(1);
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data.append(value).append('\n');
                        default -> { } // "retry" and unknown fields: the stream keeps its own retry plan
                    }
                }
            }
        }
    }

    private long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return lastEventId;
        }
    }

    /** Stops listening; no listener call follows once this returns. */
    @Override
    public void close() {
        open = false;
        thread.interrupt();
        InputStream b = body;
        if (b != null) {
            try {
                b.close();
            } catch (IOException e) {
                // closing a stream that is being read: it fails the read, which is what is wanted
            }
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
