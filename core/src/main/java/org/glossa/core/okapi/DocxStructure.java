package org.glossa.core.okapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartSubDocument;
import org.glossa.core.okapi.DocxParagraphs.Paragraph;

/**
 * The paragraph style of each text unit of Okapi's OpenXML filter, read from the package itself: the filter opens a
 * sub-document per part ("word/document.xml", headers, footnotes…) and gives one unit per paragraph with visible
 * text, in the part's order. Each unit is matched to the next paragraph of that part whose text is the unit's text
 * (whitespace aside), so empty and hidden paragraphs, which give no unit, are stepped over. The element is the
 * style's name from word/styles.xml ("heading 1", "title", "caption"), else its id, lower-cased; "p" for a paragraph
 * without style or a unit matched to none.
 */
public final class DocxStructure implements StructureRecovery {
    private final DocxParagraphs package_;
    private final Map<String, String> styleNames;
    private List<Paragraph> paragraphs = List.of();
    private int next;

    public DocxStructure(byte[] docx, String fileName) {
        this.package_ = new DocxParagraphs(docx, fileName);
        this.styleNames = package_.styleNames();
    }

    @Override
    public void markup(Event event) {
        if (event.isStartSubDocument()) {
            StartSubDocument sub = event.getStartSubDocument();
            paragraphs = sub.getName() == null ? List.of() : package_.of(sub.getName());
            next = 0;
        }
    }

    @Override
    public Placement place(ITextUnit unit) {
        String text = withoutWhitespace(unit.getSource().getUnSegmentedContentCopy().getText());
        for (int i = next; i < paragraphs.size(); i++) {
            if (withoutWhitespace(paragraphs.get(i).text()).equals(text)) {
                next = i + 1;
                return Placement.of(element(paragraphs.get(i).styleId()));
            }
        }
        return Placement.of("p");
    }

    private String element(String styleId) {
        if (styleId.isEmpty()) return "p";
        return styleNames.getOrDefault(styleId, styleId).toLowerCase(Locale.ROOT);
    }

    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
