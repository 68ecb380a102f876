package org.glossa.core.qa;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.term.Examples;
import org.junit.jupiter.api.Test;

/**
 * Where each check puts its marker on its own bad examples, LanguageTool style: every finding of every bad example of
 * every check (the term checks on their example glossary) with its source and target span and the text they cover,
 * against the golden file {@code golden/qa/example-markers.tsv} (regenerate with {@code -Dglossa.updateGolden=true}
 * and review the diff): a marker that moves, grows or disappears fails here, not only a changed count.
 */
class ExampleMarkersTest {
    @Test
    void everyBadExampleMarksWhatTheGoldenFileSays() throws IOException {
        StringBuilder sb = new StringBuilder("check\tnote\tsource span\ttarget span\n");
        for (Check check : Checks.withTerms(List.of(Examples.GLOSSARY), "en", "de")) {
            for (Check.Example ex : check.examples()) {
                if (ex.findings() == 0) continue;
                List<Finding> findings = check.check(ex.pair());
                for (Finding f : findings) {
                    sb.append(check.id()).append('\t').append(ex.note()).append('\t')
                            .append(marked(f.sourceSpan(), ex.pair().sourceText())).append('\t')
                            .append(marked(f.targetSpan(), ex.pair().targetText())).append('\n');
                }
            }
        }
        QaGoldenTest.golden("example-markers.tsv", sb.toString());
    }

    /** "16-25 “2 billion”", or "-" without a span. */
    static String marked(Optional<Span> span, String text) {
        return span.map(s -> s.start() + "-" + s.end() + " “" + text.substring(s.start(), s.end()) + "”").orElse("-");
    }
}
