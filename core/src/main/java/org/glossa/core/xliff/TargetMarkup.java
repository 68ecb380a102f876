package org.glossa.core.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;

import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffLayout.Code;
import org.glossa.core.xliff.XliffLayout.CodeKey;
import org.glossa.core.xliff.XliffLayout.UnitLayout;

/**
 * A target's content as XML for {@link XliffUpdater}: each inline code as the unit's source or target wrote it
 * (its {@code g}, {@code x}, {@code bpt}, {@code ph}, {@code pc}… element, attributes and all); a {@code g} or
 * {@code pc} whose pair no longer nests in the new order becomes {@code bx/ex} (1.x) or {@code sc/ec} (2.x); a code the
 * unit does not have is written the way Glossa's writers write it. Text is escaped; characters the file's encoding
 * cannot hold become character references; characters XML cannot hold become {@code <cp>} in XLIFF 2 and are
 * refused in 1.x.
 */
final class TargetMarkup {
    private final EncodedXml xml;
    private final UnitLayout unit;
    private final String prefix;
    private final String fileName;
    /** The codes in all targets of the edited unit (XLIFF 2 pairs sc and ec across the unit's segments). */
    private final Set<CodeKey> unitTargetCodes = new HashSet<>();

    TargetMarkup(EncodedXml xml, UnitLayout unit, String prefix, String fileName, Unit edited) {
        this.xml = xml;
        this.unit = unit;
        this.prefix = prefix;
        this.fileName = fileName;
        for (Segment s : edited.segments()) {
            for (Inline.Tag t : s.target().orElse(Content.EMPTY).tags()) unitTargetCodes.add(new CodeKey(t.kind(), t.id()));
        }
    }

    String write(Content c) {
        Set<String> nesting = nesting(c);
        StringBuilder sb = new StringBuilder();
        for (Inline p : c.parts()) {
            if (p instanceof Inline.Text t) {
                text(t.value(), sb);
            } else if (p instanceof Inline.Tag t) {
                Code code = unit.codes.get(new CodeKey(t.kind(), t.id()));
                if (code != null && unit.version2 && !code.pairedElement() && t.kind() != TagKind.STANDALONE) sb.append(isolated(code, t));
                else if (code != null && (!code.pairedElement() || nesting.contains(t.id()))) sb.append(code.xml());
                else if (code != null) unpaired(t, sb);
                else generated(t, sb);
            }
        }
        return sb.toString();
    }

    /** Ids of g/pc codes whose opening and closing both occur, in this order, properly nested. */
    private Set<String> nesting(Content c) {
        Set<String> bad = new HashSet<>();
        while (true) {
            Set<String> good = new HashSet<>();
            Set<String> newlyBad = new HashSet<>();
            Deque<String> open = new ArrayDeque<>();
            for (Inline.Tag t : c.tags()) {
                Code code = unit.codes.get(new CodeKey(t.kind(), t.id()));
                if (code == null || !code.pairedElement() || bad.contains(t.id())) continue;
                if (t.kind() == TagKind.OPEN) {
                    if (open.contains(t.id()) || good.contains(t.id())) newlyBad.add(t.id());
                    open.push(t.id());
                } else if (t.kind() == TagKind.CLOSE) {
                    if (!open.isEmpty() && open.peek().equals(t.id())) {
                        open.pop();
                        good.add(t.id());
                    } else {
                        newlyBad.add(t.id());
                    }
                }
            }
            newlyBad.addAll(open);
            if (newlyBad.isEmpty()) {
                good.removeAll(bad);
                return good;
            }
            bad.addAll(newlyBad);
        }
    }

    /**
     * An XLIFF 2 {@code sc} or {@code ec} as written, marked isolated when its partner is in none of the unit's
     * targets (a translation of only the first of two segments a code spans), so the unit stays valid.
     */
    private String isolated(Code code, Inline.Tag t) {
        TagKind partner = t.kind() == TagKind.OPEN ? TagKind.CLOSE : TagKind.OPEN;
        if (unitTargetCodes.contains(new CodeKey(partner, t.id()))) return code.xml();
        String tag = StartTag.withAttribute(code.xml(), "isolated", "yes");
        if (t.kind() == TagKind.CLOSE && !tag.contains(" id=")) tag = StartTag.renamed(tag, "startRef", "id");
        return tag;
    }

    private void unpaired(Inline.Tag t, StringBuilder sb) {
        String id = attr(unit.codePrefix + t.id());
        if (unit.version2) {
            sb.append(t.kind() == TagKind.OPEN ? "<" + prefix + "sc id=\"" + id + "\"/>" : "<" + prefix + "ec startRef=\"" + id + "\"/>");
        } else {
            sb.append("<").append(prefix).append(t.kind() == TagKind.OPEN ? "bx" : "ex").append(" id=\"").append(id).append("\"/>");
        }
    }

    private void generated(Inline.Tag t, StringBuilder sb) {
        String id = attr(unit.codePrefix + t.id());
        if (unit.version2) {
            switch (t.kind()) {
                case OPEN -> sb.append("<").append(prefix).append("sc id=\"").append(id).append("\"/>");
                case CLOSE -> sb.append("<").append(prefix).append("ec startRef=\"").append(id).append("\"/>");
                case STANDALONE -> sb.append("<").append(prefix).append("ph id=\"").append(id).append("\"/>");
            }
            return;
        }
        String element = switch (t.kind()) {
            case OPEN -> "bpt";
            case CLOSE -> "ept";
            case STANDALONE -> "ph";
        };
        sb.append('<').append(prefix).append(element).append(" id=\"").append(id).append("\">");
        text(t.data(), sb);
        sb.append("</").append(prefix).append(element).append('>');
    }

    private static String attr(String value) {
        return StartTag.escape(value, '"');
    }

    /** Text alone (a note's), escaped as a target's text; a character XML cannot hold is refused in every version. */
    String plainText(String s) {
        s.codePoints().filter(cp -> !isXmlChar(cp)).findFirst().ifPresent(cp -> {
            throw new InputException(fileName, "unit " + unit.id + ": U+" + String.format("%04X", cp)
                    + " cannot be written in a note");
        });
        StringBuilder sb = new StringBuilder(s.length());
        text(s, sb);
        return sb.toString();
    }

    private void text(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (!isXmlChar(cp)) {
                        if (!unit.version2) {
                            throw new InputException(fileName, "unit " + unit.id + ": U+" + String.format("%04X", cp)
                                    + " cannot be written in XLIFF 1.x");
                        }
                        sb.append("<").append(prefix).append("cp hex=\"").append(String.format("%04X", cp)).append("\"/>");
                    } else if (cp >= 0x80 && !xml.canEncode(cp)) {
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

}
