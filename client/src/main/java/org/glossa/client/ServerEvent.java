package org.glossa.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * One change event of a Glossa server ({@code GET /api/events}).
 *
 * @param id   the change number (events arrive in increasing order; a reconnecting stream resumes after it)
 * @param type {@code unit} (a unit was added or changed and is searchable, or deleted: {@code "op": "delete"}),
 *             {@code import} (a TMX file was imported: one event for all its units, with the memory and the
 *             counts, sent once they are searchable), {@code termbase} (a termbase was replaced), or {@code reset} (a reconnecting stream missed more
 *             changes than the server replays: load what is shown afresh); other types may come and are passed on
 * @param data the event's JSON as sent (see docs/server-api.md)
 */
public record ServerEvent(long id, String type, String data) {
    /** The data as a JSON tree. */
    public JsonNode json() {
        try {
            return ServerConnection.JSON.readTree(data);
        } catch (IOException e) {
            throw new ClientException("event " + id, "the event's data is not JSON: " + e.getMessage());
        }
    }
}
