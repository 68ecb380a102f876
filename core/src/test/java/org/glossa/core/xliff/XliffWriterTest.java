package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Original;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inline codes, targets and states survive write → validate → read in both XLIFF versions. */
class XliffWriterTest {
    static final Inline.Tag B_OPEN = new Inline.Tag(TagKind.OPEN, "c1", "bold", "<b>");
    static final Inline.Tag B_CLOSE = new Inline.Tag(TagKind.CLOSE, "c1", "bold", "</b>");
    static final Inline.Tag A_OPEN = new Inline.Tag(TagKind.OPEN, "c2", "link", "<a href=\"https://nato.int\">");
    static final Inline.Tag A_CLOSE = new Inline.Tag(TagKind.CLOSE, "c2", "link", "</a>");
    static final Inline.Tag IMG = new Inline.Tag(TagKind.STANDALONE, "c3", "image", "<img src=\"a.jpg\">");
    static final Inline.Tag SPAN_OPEN = new Inline.Tag(TagKind.OPEN, "c1", "span", "<span class=\"credit\">");
    static final Inline.Tag SPAN_CLOSE = new Inline.Tag(TagKind.CLOSE, "c1", "span", "</span>");

    static Document document() {
        Segment s1 = new Segment("s1", new Content(List.of(new Inline.Text("NATO and the "), B_OPEN, new Inline.Text("EU"),
                B_CLOSE, new Inline.Text(" met."))),
                Optional.of(new Content(List.of(new Inline.Text("NATO und die "), B_OPEN, new Inline.Text("EU"), B_CLOSE,
                        new Inline.Text(" trafen sich.")))), SegmentState.TRANSLATED);
        // a link that opens in one sentence and closes in the next, and an image
        Segment s2 = new Segment("s2", new Content(List.of(A_OPEN, new Inline.Text("Read more."))));
        Segment s3 = new Segment("s3", new Content(List.of(new Inline.Text("Here"), A_CLOSE, IMG, new Inline.Text(" & <now>"))),
                Optional.of(new Content(List.of(new Inline.Text("Hier"), A_CLOSE, IMG, new Inline.Text(" & <jetzt>")))),
                SegmentState.FINAL);
        Unit body = new Unit("u1", Role.BODY, true, "tu1", List.of(s1, new Ignorable("i1", Content.of(" ")), s2,
                new Ignorable("i2", Content.of("\u00A0 ")), s3));
        // a caption and its credit split from one block: the span opens in the credit unit only
        Unit caption = new Unit("u2", Role.CAPTION, true, "tu2", List.of(new Segment("s1", Content.of("The EU and NATO issued "))));
        Unit credit = new Unit("u3", Role.CREDIT, true, "tu2", List.of(new Segment("s1",
                new Content(List.of(SPAN_OPEN, new Inline.Text("Image: J. Geron/REUTERS"))))));
        Unit nav = new Unit("u4", Role.BOILERPLATE, false, "tu3", List.of(new Segment("s1", Content.of("Skip to content"))));
        Unit closer = new Unit("u5", Role.BODY, true, "tu4", List.of(new Segment("s1",
                new Content(List.of(new Inline.Text("end"), SPAN_CLOSE)))));
        return new Document("article.html", Format.HTML, "en", Optional.of("de"), List.of(body, caption, credit, nav, closer),
                Optional.of(new Original("<p>x</p>".getBytes(StandardCharsets.UTF_8), "UTF-8")));
    }

    static byte[] write(Document d, XliffVersion v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffWriter.write(d, v, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void roundTripKeepsCodesTargetsAndStates(XliffVersion v) throws IOException {
        Document d = document();
        Document back = XliffReader.read(new ByteArrayInputStream(write(d, v)), "article.html.xlf").get(0);
        assertEquals(Format.HTML, back.format());
        assertEquals(Optional.of("de"), back.targetLanguage());
        assertEquals(d.units().size(), back.units().size());
        for (int i = 0; i < d.units().size(); i++) {
            Unit a = d.units().get(i);
            Unit b = back.units().get(i);
            assertEquals(a.role(), b.role());
            assertEquals(a.translate(), b.translate());
            assertEquals(a.origin(), b.origin());
            assertEquals(a.parts().size(), b.parts().size(), a.id());
            for (int p = 0; p < a.parts().size(); p++) {
                assertEquals(a.parts().get(p).source().plainText(), b.parts().get(p).source().plainText());
                assertEquals(kinds(a.parts().get(p).source()), kinds(b.parts().get(p).source()), a.id() + " codes");
                assertEquals(a.parts().get(p).target().map(Content::plainText), b.parts().get(p).target().map(Content::plainText));
            }
        }
        Segment first = back.units().get(0).segments().get(0);
        assertEquals(SegmentState.TRANSLATED, first.state());
        assertEquals("<b>", first.source().tags().get(0).data(), "original markup travels with the code");
        if (v == XliffVersion.V2_1) assertEquals(SegmentState.FINAL, back.units().get(0).segments().get(2).state());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void validAgainstTheOasisSchemas(XliffVersion v) throws Exception {
        byte[] xlf = write(document(), v);
        if (v == XliffVersion.V1_2) {
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd"));
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-transitional.xsd"));
        } else {
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"));
        }
    }

    @Test
    void reviewedAndFinalUnitsAreApprovedInXliff12() throws Exception {
        java.util.function.Function<SegmentState, Document> one = state -> new Document("a.txt", Format.TEXT, "en",
                Optional.of("de"), List.of(new Unit("u1", Role.BODY, true, "p1", List.of(new Segment("s1",
                        Content.of("NATO met."), Optional.of(Content.of("Die NATO traf sich.")), state)))), Optional.empty());
        for (SegmentState state : SegmentState.values()) {
            byte[] xlf = write(one.apply(state), XliffVersion.V1_2);
            String text = new String(xlf, StandardCharsets.UTF_8);
            boolean approved = state.compareTo(SegmentState.REVIEWED) >= 0;
            assertEquals(approved, text.contains(" approved=\"yes\""), state + ": " + text);
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd"));
            assertEquals(state, XliffReader.read(new ByteArrayInputStream(xlf), "a.xlf").get(0).segments().get(0).state());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void specialCharactersAreEscapedNotLost(XliffVersion v) throws IOException {
        String xlf = new String(write(document(), v), StandardCharsets.UTF_8);
        assertTrue(xlf.contains("&amp; &lt;now&gt;"), xlf);
        assertTrue(!xlf.contains("<b>"), "inline markup is a code, never raw or escaped text in the segment");
    }

    static Document withTerms() {
        Unit u = new Unit("u1", Role.BODY, true, "p1", List.of(new Segment("s1",
                Content.of("European Commission President Ursula von der Leyen met NATO's chief."))),
                List.of(new TermMark("s1", 0, 29, "European Commission President",
                                List.of(new TermMark.Target("EU-Kommissionspräsidentin", "preferred")), "dw-en-de.tbx#dw009"),
                        new TermMark("s1", 55, 59, "NATO", List.of(new TermMark.Target("NATO", "preferred")), "dw-en-de.tbx#dw005")));
        return new Document("a.txt", Format.TEXT, "en", Optional.of("de"), List.of(u), Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void glossaryTermsAreMarkedValidAndReadable(XliffVersion v) throws Exception {
        byte[] xlf = write(withTerms(), v);
        String text = new String(xlf, StandardCharsets.UTF_8);
        if (v == XliffVersion.V1_2) {
            String marked = "<mrk mtype=\"term\" comment=\"EU-Kommissionspräsidentin (preferred)\">European Commission President</mrk>"
                    + " Ursula von der Leyen met <mrk mtype=\"term\" comment=\"NATO (preferred)\">NATO</mrk>'s chief.";
            assertTrue(text.contains("<source>" + marked + "</source>"), "terms in the source: " + text);
            assertTrue(text.contains("<seg-source><mrk mtype=\"seg\" mid=\"s1\">" + marked + "</mrk></seg-source>"), text);
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd"));
            ByteArrayOutputStream its = new ByteArrayOutputStream();
            XliffWriter.write(withTerms(), v, true, its);
            String itsText = its.toString(StandardCharsets.UTF_8);
            assertTrue(itsText.contains("itsxlf:termInfo=\"NATO (preferred)\">NATO</mrk>'s chief."), itsText);
            XsdValidation.validate(its.toByteArray(), Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-transitional.xsd"));
        } else {
            assertTrue(text.contains("<mrk id=\"t1\" type=\"term\">European Commission President</mrk>"), text);
            assertTrue(text.contains("<gls:glossEntry ref=\"#t2\"><gls:term source=\"dw-en-de.tbx#dw005\">NATO</gls:term>"), text);
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"),
                    Interop.require(XsdValidation.XLIFF21_DIR + "/glossary.xsd"));
        }
        Document back = XliffReader.read(new ByteArrayInputStream(xlf), "a.txt.xlf").get(0);
        assertEquals("European Commission President Ursula von der Leyen met NATO's chief.",
                back.units().get(0).segments().get(0).source().plainText(), "term markers do not change the text");
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void aTargetWithSpacesTheSourceLacksReadsBack(XliffVersion v) throws IOException {
        Unit u = new Unit("u1", Role.BODY, true, "p1", List.of(new Segment("s1", Content.of("Why so important?"),
                Optional.of(Content.of("Warum so  wichtig? ")), SegmentState.TRANSLATED)));
        Document d = new Document("a.txt", Format.TEXT, "en", Optional.of("de"), List.of(u), Optional.empty());
        Document back = XliffReader.read(new ByteArrayInputStream(write(d, v)), "a.txt.xlf").get(0);
        assertEquals("Warum so  wichtig? ", back.units().get(0).segments().get(0).target().orElseThrow().plainText());
    }

    static Document withMatches() {
        Segment exact = new Segment("s1", Content.of("It has 30 members today."), Optional.of(Content.of("Sie hat heute 30 Mitglieder.")),
                SegmentState.TRANSLATED);
        Segment fuzzy = new Segment("s2", new Content(List.of(B_OPEN, new Inline.Text("NATO"), B_CLOSE, new Inline.Text(" was established in 1949."))),
                Optional.of(new Content(List.of(B_OPEN, new Inline.Text("Die NATO"), B_CLOSE, new Inline.Text(" wurde 1949 gegründet.")))),
                SegmentState.INITIAL);
        Unit u = new Unit("u1", Role.BODY, true, "p1", List.of(exact, new Ignorable("i1", Content.of(" ")), fuzzy), List.of(),
                List.of(new MatchSuggestion("s1", 101, exact.source(), exact.target().orElseThrow(), "dw.tmx"),
                        new MatchSuggestion("s2", 87, new Content(List.of(B_OPEN, new Inline.Text("NATO"), B_CLOSE,
                                new Inline.Text(" was founded in 1949."))), fuzzy.target().orElseThrow(), "dw.tmx")));
        return new Document("a.html", Format.HTML, "en", Optional.of("de"), List.of(u), Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void memoryMatchesAreWrittenValidAndFuzzyIsNeverFinal(XliffVersion v) throws Exception {
        byte[] xlf = write(withMatches(), v);
        String text = new String(xlf, StandardCharsets.UTF_8);
        if (v == XliffVersion.V1_2) {
            assertTrue(text.contains("<target state=\"needs-translation\" state-qualifier=\"fuzzy-match\">"), text);
            assertTrue(text.contains("<alt-trans mid=\"s2\" match-quality=\"87\" origin=\"dw.tmx\">"), text);
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd"));
        } else {
            assertTrue(text.contains("<mtc:match ref=\"#s1\" type=\"icm\" matchQuality=\"100.0\""), text);
            assertTrue(text.contains("<segment id=\"s2\" state=\"initial\">"), text);
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"),
                    Interop.require(XsdValidation.XLIFF21_DIR + "/matches.xsd"));
        }
        Document back = XliffReader.read(new ByteArrayInputStream(xlf), "a.html.xlf").get(0);
        Segment s2 = back.units().get(0).segments().get(1);
        assertEquals(SegmentState.INITIAL, s2.state(), "a fuzzy pre-translation stays unconfirmed");
        assertEquals("Die NATO wurde 1949 gegründet.", s2.target().orElseThrow().plainText());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void memoryMatchesAreReadBack(XliffVersion v) throws IOException {
        Unit u = withMatches().units().get(0);
        Unit back = XliffReader.read(new ByteArrayInputStream(write(withMatches(), v)), "a.html.xlf").get(0).units().get(0);
        assertEquals(u.matches().size(), back.matches().size());
        for (int i = 0; i < u.matches().size(); i++) {
            MatchSuggestion a = u.matches().get(i);
            MatchSuggestion b = back.matches().get(i);
            assertEquals(a.segmentId(), b.segmentId());
            assertEquals(a.score(), b.score());
            assertEquals(a.origin(), b.origin());
            assertEquals(a.source().plainText(), b.source().plainText());
            assertEquals(kinds(a.source()), kinds(b.source()));
            assertEquals(a.target().plainText(), b.target().plainText());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void termMarksAreReadBack(XliffVersion v) throws IOException {
        Unit back = XliffReader.read(new ByteArrayInputStream(write(withTerms(), v)), "a.txt.xlf").get(0).units().get(0);
        List<TermMark> terms = back.terms();
        assertEquals(2, terms.size());
        assertEquals("s1", terms.get(0).segmentId());
        assertEquals(0, terms.get(0).start());
        assertEquals(29, terms.get(0).end());
        assertEquals("European Commission President", terms.get(0).term());
        assertEquals("EU-Kommissionspräsidentin", terms.get(0).targets().get(0).text());
        assertEquals(55, terms.get(1).start());
        assertEquals("NATO", terms.get(1).term());
        if (v == XliffVersion.V1_2) {
            assertEquals("preferred", terms.get(0).targets().get(0).status(), "1.2 carries the status in the ITS term info");
        } else {
            assertEquals("dw-en-de.tbx#dw005", terms.get(1).source(), "2.1 carries the glossary entry's source");
        }
    }

    /** Write, read, write again: matches and term marks are written again, so the two files are the same bytes. */
    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void matchesAndTermsSurviveASecondWriteByteForByte(XliffVersion v) throws IOException {
        Unit terms = withTerms().units().get(0);
        Unit matches = withMatches().units().get(0);
        Unit both = new Unit("u2", Role.BODY, true, "p2", terms.parts(), terms.terms(),
                List.of(new MatchSuggestion("s1", 75, Content.of("European Commission President met NATO."),
                        Content.of("Die EU-Kommissionspräsidentin traf die NATO."), "")));
        Document d = new Document("a.html", Format.HTML, "en", Optional.of("de"), List.of(matches, both, body3()),
                Optional.empty());
        byte[] first = write(d, v);
        byte[] second = write(XliffReader.read(new ByteArrayInputStream(first), "a.html.xlf").get(0), v);
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
    }

    private static Unit body3() {
        Unit u = document().units().get(0);
        return new Unit("u3", u.role(), u.translate(), u.origin(), u.parts());
    }

    private static List<String> kinds(Content c) {
        return c.tags().stream().map(t -> t.kind() + ":" + t.id()).toList();
    }

}
