package org.glossa.core.format;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.filters.openxml.BlockSkeleton;
import net.sf.okapi.filters.openxml.XMLEvents;

/**
 * The paragraph style id ({@code w:pStyle/@w:val}) of a DOCX text unit. Okapi's OpenXML filter keeps the paragraph
 * markup in a {@link BlockSkeleton} whose {@code toString()} is not the XML, so scanning skeleton text finds no
 * style; the block's XML events hold it. {@code BlockSkeleton.block()} is package-private in Okapi 1.47, hence the
 * reflective access (on the class path; an Okapi upgrade that changes it fails loudly, and the DOCX tests with it).
 */
final class DocxParagraphStyle {
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Method BLOCK = blockAccessor();

    private DocxParagraphStyle() {
    }

    /** The style id of the paragraph the skeleton belongs to; empty when it has none (a normal paragraph). */
    static Optional<String> of(ISkeleton skeleton) {
        if (!(skeleton instanceof BlockSkeleton)) return Optional.empty();
        for (XMLEvent e : events(skeleton)) {
            if (!e.isStartElement()) continue;
            StartElement s = e.asStartElement();
            String local = s.getName().getLocalPart();
            if (local.equals("pStyle") && W_NS.equals(s.getName().getNamespaceURI())) {
                var val = s.getAttributeByName(new javax.xml.namespace.QName(W_NS, "val"));
                return val == null ? Optional.empty() : Optional.of(val.getValue());
            }
            if (local.equals("r")) break; // paragraph properties come before the first run
        }
        return Optional.empty();
    }

    private static List<XMLEvent> events(ISkeleton skeleton) {
        try {
            return ((XMLEvents) BLOCK.invoke(skeleton)).getEvents();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the paragraph of an Okapi BlockSkeleton", e);
        }
    }

    private static Method blockAccessor() {
        try {
            Method m = BlockSkeleton.class.getDeclaredMethod("block");
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this Okapi version has no BlockSkeleton.block(); DOCX styles cannot be read", e);
        }
    }
}
