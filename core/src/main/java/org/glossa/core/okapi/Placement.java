package org.glossa.core.okapi;

import java.util.Set;

/**
 * Where a text unit sits in its document's markup.
 *
 * @param element what the markup calls the unit ("h1", "p", "figcaption", "heading 1"; "@alt", "@title" for attributes)
 * @param context the enclosing elements and their classes ("nav", "figure", "class:credit"…)
 */
public record Placement(String element, Set<String> context) {
    public Placement {
        context = Set.copyOf(context);
    }

    public static Placement of(String element) {
        return new Placement(element, Set.of());
    }
}
