package org.glossa.desktop;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;

/** A small hand-made document: a translated title and a boilerplate unit that is not translated. */
public final class SampleDocument {

    public static final String TITLE_SOURCE = "Storm closes the harbour";
    public static final String TITLE_TARGET = "Sturm schließt den Hafen";
    public static final String BOILERPLATE_SOURCE = "Skip to main content";

    private SampleDocument() {
    }

    /** A TMX memory of one entry, {@code source} (English) translated as {@code target} (German). */
    public static String memory(String source, String target) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"
                          srclang="en" datatype="plaintext"/>
                  <body>
                    <tu tuid="t1">
                      <tuv xml:lang="en"><seg>%s</seg></tuv>
                      <tuv xml:lang="de"><seg>%s</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """.formatted(source, target);
    }

    public static Document create() {
        Unit title = new Unit("u1", Role.TITLE, true, "tu1", List.of(
                new Segment("s1", Content.of(TITLE_SOURCE), Optional.of(Content.of(TITLE_TARGET)),
                        SegmentState.TRANSLATED)));
        Unit boilerplate = new Unit("u2", Role.BOILERPLATE, false, "tu2", List.of(
                new Segment("s1", Content.of(BOILERPLATE_SOURCE)),
                new Ignorable("i1", Content.of(" "))));
        return new Document("article.html", Format.HTML, "en", Optional.of("de"), List.of(title, boilerplate),
                Optional.empty());
    }
}
