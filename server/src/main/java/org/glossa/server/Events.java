package org.glossa.server;

import io.javalin.http.sse.SseClient;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events to connected clients ({@code GET /api/events}): {@code unit} when a unit was added, changed
 * (sent once it is searchable) or deleted, {@code termbase} when a termbase was replaced. Each event's id is the
 * change number, and its data a JSON object.
 *
 * <p>A client that reconnects with {@code Last-Event-ID: N} first gets the events of the changes after N that were
 * already published (read again from the outbox), then the live ones; each client remembers the last change it was
 * sent, so the live events that overlap the catch-up are not sent twice. When more than {@link #MAX_CATCH_UP}
 * changes were missed, a {@code reset} event (id: the newest change) tells the client to load afresh instead.
 */
final class Events {
    /** Most changes sent to one reconnecting client; beyond, a {@code reset} event. */
    static final int MAX_CATCH_UP = 10_000;

    /** One event to send. */
    record Event(long seq, String type, String json) {
    }

    /** The changes already published, read again for a reconnecting client. */
    interface Replay {
        /** The last change that was (or is being) published live. */
        long applied();

        /** The events of the changes after {@code after} up to {@code upTo}, oldest first; at most {@code limit + 1}. */
        List<Event> events(long after, long upTo, int limit) throws SQLException;
    }

    /** The last change sent to each client. */
    private final Map<SseClient, Long> clients = new ConcurrentHashMap<>();

    /**
     * Registers a client after sending it the events it missed since {@code lastEventId} (0: none to catch up). When
     * they cannot be read, the stream is closed, so the client reconnects and asks again.
     */
    synchronized void add(SseClient client, long lastEventId, Replay replay) {
        client.onClose(() -> clients.remove(client));
        client.keepAlive();
        long upTo = replay.applied();
        // a client may have seen a change the feeder is still applying (a write's answer comes first): not again
        long sent = Math.max(upTo, lastEventId);
        if (lastEventId > 0 && lastEventId < upTo) {
            List<Event> missed;
            try {
                missed = replay.events(lastEventId, upTo, MAX_CATCH_UP);
            } catch (SQLException e) {
                System.err.println("glossa server: events after " + lastEventId + " cannot be read: " + e.getMessage());
                client.close();
                return;
            }
            if (missed.size() > MAX_CATCH_UP) {
                client.sendEvent("reset", "{\"seq\":" + upTo + ",\"reason\":\"more than " + MAX_CATCH_UP
                        + " changes were missed: load afresh\"}", Long.toString(upTo));
            } else {
                for (Event e : missed) client.sendEvent(e.type(), e.json(), Long.toString(e.seq()));
            }
        }
        if (!client.terminated()) clients.put(client, sent);
    }

    synchronized void publish(Event e) {
        for (Map.Entry<SseClient, Long> c : clients.entrySet()) {
            if (c.getKey().terminated()) {
                clients.remove(c.getKey());
            } else if (e.seq() > c.getValue()) {
                c.getKey().sendEvent(e.type(), e.json(), Long.toString(e.seq()));
                c.setValue(e.seq());
            }
        }
    }

    int connected() {
        return clients.size();
    }

    synchronized void closeAll() {
        for (SseClient c : clients.keySet()) c.close();
        clients.clear();
    }
}
