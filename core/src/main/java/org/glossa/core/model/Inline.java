package org.glossa.core.model;

/** A piece of segment content: text or an inline code (bold, link, image…). */
public sealed interface Inline permits Inline.Text, Inline.Tag {

    record Text(String value) implements Inline {
        public Text {
            if (value == null) throw new IllegalArgumentException("text is null");
        }
    }

    /**
     * An inline code. {@code id} pairs an opening with its closing tag; {@code type} is a category such as
     * {@code bold}, {@code link}, {@code image}; {@code data} is the original markup (may be empty when unknown).
     */
    record Tag(TagKind kind, String id, String type, String data) implements Inline {
        public Tag {
            if (kind == null || id == null) throw new IllegalArgumentException("tag kind and id are required");
            type = type == null ? "" : type;
            data = data == null ? "" : data;
        }
    }

    enum TagKind { OPEN, CLOSE, STANDALONE }
}
