package org.glossa.core.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Segment content with its inline codes as JSON, the one form Glossa uses wherever content travels or is kept as
 * JSON (the server's database and API, {@code glossa tm lookup --json}, the editor's queue of confirmations):
 * an array of parts, {@code [{"text": "Click "}, {"tag": "open", "id": "1", "type": "bold", "data": "<b>"},
 * {"text": "Save"}, {"tag": "close", "id": "1", "type": "bold", "data": "</b>"}]}; {@code tag} is {@code open},
 * {@code close} or {@code standalone}, {@code type} and {@code data} may be empty.
 */
public final class ContentJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ContentJson() {
    }

    /** Writes {@code content} as an array of parts. */
    public static void write(JsonGenerator g, Content content) throws IOException {
        g.writeStartArray();
        for (Inline p : content.parts()) {
            g.writeStartObject();
            if (p instanceof Inline.Text t) {
                g.writeStringField("text", t.value());
            } else if (p instanceof Inline.Tag t) {
                g.writeStringField("tag", t.kind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("id", t.id());
                g.writeStringField("type", t.type());
                g.writeStringField("data", t.data());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code content} as compact JSON (one line). */
    public static String toJson(Content content) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whether {@code content} has inline codes (its plain text alone would lose them). */
    public static boolean hasCodes(Content content) {
        return content.parts().stream().anyMatch(p -> p instanceof Inline.Tag);
    }

    /**
     * Reads an array of parts; the parser is on the array's start (or before it). A value of another shape is an
     * {@link IllegalArgumentException} naming what is wrong.
     */
    public static Content read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (t != JsonToken.START_ARRAY) throw new IllegalArgumentException("content must be an array of parts");
        List<Inline> parts = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException("a content part must be an object");
            String text = null, tag = null, id = null, type = "", data = "";
            while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                if (t != JsonToken.FIELD_NAME) throw new IllegalArgumentException("a content part must be an object");
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isStructStart()) throw new IllegalArgumentException("content part field " + field + " must be a string");
                String value = p.getValueAsString();
                switch (field) {
                    case "text" -> text = value;
                    case "tag" -> tag = value;
                    case "id" -> id = value;
                    case "type" -> type = value;
                    case "data" -> data = value;
                    default -> { } // fields of a later version are ignored
                }
            }
            parts.add(part(text, tag, id, type, data));
        }
        return new Content(parts);
    }

    /** {@link #read(JsonParser)} of one JSON text. */
    public static Content fromJson(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("content is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inline part(String text, String tag, String id, String type, String data) {
        if (tag == null) {
            if (text == null) throw new IllegalArgumentException("a content part needs \"text\" or \"tag\"");
            return new Inline.Text(text);
        }
        Inline.TagKind kind;
        try {
            kind = Inline.TagKind.valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"tag\" is open, close or standalone, not " + tag);
        }
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("a " + tag + " tag needs an \"id\"");
        return new Inline.Tag(kind, id, type == null ? "" : type, data == null ? "" : data);
    }
}
