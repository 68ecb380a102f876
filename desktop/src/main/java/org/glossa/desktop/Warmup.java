package org.glossa.desktop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffReader;
import org.glossa.desktop.viewmodel.Resources;

/**
 * Runs what opening a document runs, once on a two-segment XLIFF, in the background after the window shows: the
 * XML and XLIFF readers, the glossary's term matcher, the QA checks and the word count load and initialise their
 * classes (ICU data, Lucene analysers, regular expressions) then instead of while the user waits for a long file.
 */
final class Warmup {
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de">
            <file id="f1" original="warmup.txt">
            <unit id="u1"><segment state="translated"><source>The <pc id="1">EU</pc> and NATO signed it.</source>\
            <target>Die <pc id="1">EU</pc> und die NATO unterzeichneten.</target></segment>\
            <segment><source>Why?<ph id="2"/></source></segment></unit>
            </file>
            </xliff>
            """;

    private Warmup() {
    }

    /** @return the number of words and findings (so that nothing is optimised away) */
    static int run(Resources resources, String source, String target) throws IOException {
        Document document = XliffReader.read(new ByteArrayInputStream(XLIFF.getBytes(StandardCharsets.UTF_8)),
                "warmup.xlf").get(0);
        UnaryOperator<Unit> marker = resources.termMarker(document, source, target);
        int marks = 0;
        for (Unit unit : document.units()) marks += marker.apply(unit).segments().size();
        QaEngine qa = resources.qa(source, target);
        int findings = qa.run(QaEngine.pairs("warmup.xlf", document, Optional.of(source), Optional.of(target))).size();
        WordCount words = new WordCount(source);
        int count = 0;
        for (Segment segment : document.segments()) count += words.count(segment.source().plainText());
        return marks + findings + count;
    }
}
