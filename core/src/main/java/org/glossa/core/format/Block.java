package org.glossa.core.format;

import java.util.Objects;
import java.util.Set;
import org.glossa.core.model.Content;

/**
 * A block of the original document as a format reads it, before roles are assigned.
 *
 * @param origin       the block's key in the original (merge finds it again by this key)
 * @param content      its text with inline codes
 * @param translatable false when the format says the block is not for translation
 * @param element      what the markup calls the block ("h1", "p", "figcaption", "heading1"…; "@alt", "@title" for attributes),
 *                     empty when the format has no markup (plain text)
 * @param context      enclosing elements and their classes ("nav", "footer", "figure", "class:credit"…)
 */
public record Block(String origin, Content content, boolean translatable, String element, Set<String> context) {
    public Block {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        element = element == null ? "" : element;
        context = Set.copyOf(context);
    }

    public static Block plain(String origin, String text) {
        return new Block(origin, Content.of(text), true, "", Set.of());
    }

    public boolean inContext(String name) {
        return context.contains(name);
    }
}
