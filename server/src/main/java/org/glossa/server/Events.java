package org.glossa.server;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events to connected clients ({@code GET /api/events}): {@code unit} when a unit was added or changed
 * (sent once it is searchable), {@code termbase} when a termbase was replaced. Each event's id is the change number,
 * and its data a JSON object.
 */
final class Events {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    void add(SseClient client) {
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.keepAlive();
    }

    void publish(String event, String json, long seq) {
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
                continue;
            }
            c.sendEvent(event, json, Long.toString(seq));
        }
    }

    int connected() {
        return clients.size();
    }

    void closeAll() {
        for (SseClient c : clients) c.close();
        clients.clear();
    }
}
