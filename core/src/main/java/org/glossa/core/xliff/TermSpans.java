package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.model.TermMark;

/** Cuts a segment's source at its term marks, so writers can wrap each term in a marker element. */
final class TermSpans {
    record Piece(Content content, Optional<TermMark> mark) {
    }

    private TermSpans() {
    }

    /** Pieces in order; marks that overlap an earlier one or fall outside the content are left out. */
    static List<Piece> split(Content content, List<TermMark> marks) {
        List<Piece> out = new ArrayList<>();
        int pos = 0;
        int length = content.codedLength();
        for (TermMark m : marks) {
            if (m.start() < pos || m.end() > length) continue;
            if (m.start() > pos) out.add(new Piece(content.slice(pos, m.start()), Optional.empty()));
            out.add(new Piece(content.slice(m.start(), m.end()), Optional.of(m)));
            pos = m.end();
        }
        if (pos < length || out.isEmpty()) out.add(new Piece(content.slice(pos, length), Optional.empty()));
        return out;
    }

    /** "Europäische Kommission (preferred); EU-Kommission (admitted)" */
    static String describeTargets(TermMark m) {
        StringBuilder sb = new StringBuilder();
        for (TermMark.Target t : m.targets()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(t.text());
            if (!t.status().isEmpty()) sb.append(" (").append(t.status()).append(')');
        }
        return sb.toString();
    }

    /** The inverse of {@link #describeTargets}: "A (preferred); B" → A with status preferred, B without status. */
    static List<TermMark.Target> parseTargets(String info) {
        List<TermMark.Target> out = new ArrayList<>();
        for (String part : info.split("; ")) {
            if (part.isBlank()) continue;
            int open = part.lastIndexOf(" (");
            if (part.endsWith(")") && open > 0) {
                out.add(new TermMark.Target(part.substring(0, open), part.substring(open + 2, part.length() - 1)));
            } else {
                out.add(new TermMark.Target(part, ""));
            }
        }
        return out;
    }
}
