package org.glossa.core.glossary.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;

/**
 * OmegaT's glossary format: one term per line, {@code source TAB target TAB comment}, no header, UTF-8, LF. OmegaT
 * reads the first column as the term it looks for, so the language pair has to be chosen: each source term of a
 * concept gets one line per target term that is not forbidden; the comment holds the target's note, else the
 * concept's definition. Concepts without a term on either side are left out. Tabs and line breaks inside a field
 * become spaces (the format has no quoting). The first line is OmegaT's encoding comment, so a {@code .txt} is read
 * as UTF-8 whatever the system encoding.
 */
final class OmegatGlossaryWriter {
    /** OmegaT reads a {@code .txt} glossary in the system encoding unless this first line names another. */
    static final String MAGIC_COMMENT = "# -*- coding: utf-8 -*-\n";

    private OmegatGlossaryWriter() {
    }

    /** What was written: lines, and concepts left out for having no source or no usable target term. */
    record Written(int lines, int conceptsLeftOut) {
    }

    static Written write(Glossary g, String source, String target, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(MAGIC_COMMENT);
        int lines = 0;
        int leftOut = 0;
        for (Concept c : g.concepts()) {
            List<Term> sources = c.termsIn(source).stream().filter(t -> !t.status().isForbidden()).toList();
            List<Term> targets = c.termsIn(target).stream().filter(t -> !t.status().isForbidden()).toList();
            if (sources.isEmpty() || targets.isEmpty()) {
                leftOut++;
                continue;
            }
            for (Term s : sources) {
                for (Term t : targets) {
                    String comment = t.note().or(c::definition).orElse("");
                    sb.append(field(s.text())).append('\t').append(field(t.text()));
                    if (!comment.isEmpty()) sb.append('\t').append(field(comment));
                    sb.append('\n');
                    lines++;
                }
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return new Written(lines, leftOut);
    }

    private static String field(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
