package org.glossa.core.okapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.htmlparser.jericho.EndTag;
import net.htmlparser.jericho.EndTagType;
import net.htmlparser.jericho.Source;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.StartTagType;
import net.htmlparser.jericho.Tag;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.IWithSourceProperties;
import net.sf.okapi.common.resource.Property;
import org.glossa.core.okapi.SkeletonMarkup.AroundContent;
import org.glossa.core.okapi.SkeletonMarkup.Reference;

/**
 * The HTML elements (and their classes) open at the current point of a filter's event stream. Okapi keeps the
 * markup between text units in the skeletons of its events; their parts are read through {@link SkeletonMarkup}
 * and the tags in them with Jericho, the HTML parser Okapi's markup filters are built on. Namespaced elements,
 * void elements and self-closed tags open nothing; an end tag closes its element and all opened inside it.
 */
final class OpenElements {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");

    private record Open(String name, String classes) {
    }

    private final List<Open> open = new ArrayList<>();

    /** Reads the markup of an event other than a text unit. */
    void markup(Event event) {
        IResource res = event.getResource();
        if (res == null || res.getSkeleton() == null || event.isStartDocument()) return;
        consume(SkeletonMarkup.markup(res.getSkeleton(), r -> propertyValue(res, r)));
    }

    /** The markup of a text unit's skeleton around its content. */
    AroundContent around(ITextUnit unit) {
        return SkeletonMarkup.aroundContent(unit.getSkeleton(), r -> propertyValue(unit, r));
    }

    void consume(String markup) {
        if (markup.indexOf('<') < 0) return;
        Source source = new Source(markup);
        source.setLogger(null);
        for (Tag tag : source.getAllTags()) {
            String name = tag.getName().toLowerCase(Locale.ROOT);
            if (name.contains(":")) continue;
            if (tag instanceof StartTag s && s.getTagType() == StartTagType.NORMAL) {
                if (VOID.contains(name) || s.isSyntacticalEmptyElementTag()) continue;
                String cls = s.getAttributeValue("class");
                open.add(new Open(name, cls == null ? "" : cls));
            } else if (tag instanceof EndTag e && e.getTagType() == EndTagType.NORMAL) {
                close(name);
            }
        }
    }

    Optional<String> innermost() {
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1).name());
    }

    /** The open elements' names and their classes ("class:credit"). */
    Set<String> context() {
        Set<String> out = new HashSet<>();
        for (Open e : open) {
            out.add(e.name());
            for (String cls : e.classes().trim().split("\\s+")) {
                if (!cls.isEmpty()) out.add("class:" + cls.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private void close(String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).name().equals(name)) {
                open.subList(i, open.size()).clear();
                return;
            }
        }
    }

    /** A reference to a property of the resource itself becomes the property's value; others stand for nothing here. */
    private static String propertyValue(IResource res, Reference r) {
        if (!r.toSelf() || r.property().isEmpty() || !(res instanceof IWithSourceProperties n)) return "";
        Property p = n.getSourceProperty(r.property().get());
        return p == null ? "" : p.getValue();
    }
}
