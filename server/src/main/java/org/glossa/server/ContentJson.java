package org.glossa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.glossa.core.model.Content;

/**
 * Segment content as stored in the database (jsonb) and sent by the API: core's
 * {@link org.glossa.core.output.ContentJson} form, {@code [{"text": "…"}, {"tag": "open", "id": "1", "type":
 * "bold", "data": "<b>"}, …]}, so inline codes survive a TMX import and export and travel with matches.
 */
final class ContentJson {
    private ContentJson() {
    }

    static String write(ObjectMapper json, Content c) {
        return org.glossa.core.output.ContentJson.toJson(c);
    }

    static Content read(ObjectMapper json, String stored) {
        try {
            return org.glossa.core.output.ContentJson.fromJson(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored content is not content JSON: " + e.getMessage(), e);
        }
    }

    /** Content given in a request (a JSON array of parts); a bad shape is an {@link IllegalArgumentException}. */
    static Content read(JsonNode parts) {
        try (var parser = parts.traverse()) {
            return org.glossa.core.output.ContentJson.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code c} as a JSON array of parts for a response. */
    static JsonNode tree(ObjectMapper json, Content c) {
        try {
            return json.readTree(org.glossa.core.output.ContentJson.toJson(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
