package org.glossa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Segment content as stored in the database (jsonb): {@code [{"text": "…"}, {"tag": "open", "id": "1", "type":
 * "bold", "data": "<b>"}, …]}, so inline codes survive a TMX import and export.
 */
final class ContentJson {
    private ContentJson() {
    }

    static String write(ObjectMapper json, Content c) {
        ArrayNode a = json.createArrayNode();
        for (Inline p : c.parts()) {
            ObjectNode o = a.addObject();
            if (p instanceof Inline.Text t) {
                o.put("text", t.value());
            } else if (p instanceof Inline.Tag t) {
                o.put("tag", t.kind().name().toLowerCase(Locale.ROOT));
                o.put("id", t.id());
                o.put("type", t.type());
                o.put("data", t.data());
            }
        }
        return a.toString();
    }

    static Content read(ObjectMapper json, String stored) {
        try {
            JsonNode a = json.readTree(stored);
            List<Inline> parts = new ArrayList<>();
            for (JsonNode o : a) {
                if (o.has("text")) {
                    parts.add(new Inline.Text(o.get("text").asText()));
                } else {
                    parts.add(new Inline.Tag(Inline.TagKind.valueOf(o.get("tag").asText().toUpperCase(Locale.ROOT)),
                            o.get("id").asText(), o.path("type").asText(""), o.path("data").asText("")));
                }
            }
            return new Content(parts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored content is not JSON: " + e.getMessage(), e);
        }
    }
}
