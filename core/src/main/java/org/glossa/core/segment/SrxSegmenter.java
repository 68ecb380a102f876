package org.glossa.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Content;
import org.glossa.core.okapi.OkapiContent;

/**
 * SRX 2.0 segmentation through Okapi's engine: Okapi's default rules (with ICU break rules and per-language
 * exceptions for abbreviations, initials and ordinals), or a user's SRX file.
 */
public final class SrxSegmenter implements Segmenter {
    /**
     * Exceptions Glossa puts before Okapi's rules for news text, in every language: a short label at the start of
     * a line ("Image:", "Edited by:", "Bild:") is not a sentence of its own (Okapi's Default rules break after
     * every colon); a question or exclamation inside quotes goes on when a lower-case word follows
     * ("Are you sure?" he asked).
     */
    private static final List<Rule> NEWS_EXCEPTIONS = List.of(
            new Rule("^\\s*\\p{L}[\\p{L}.]*(?:\\s+\\p{L}[\\p{L}.]*){0,2}\\s*:", "\\s", false),
            new Rule("[?!…][\"”’'»«]+", "\\s+\\p{Ll}", false));

    /** German ordinals: "2. Weltkrieg", "10. Januar", "3. Liga" (one or two digits; years end sentences). */
    private static final List<Rule> GERMAN_EXCEPTIONS = List.of(
            new Rule("(?:^|[\\s(\\[])[0-9]{1,2}\\.", "\\s+[\\p{L}]", false));

    private final ISegmenter engine;

    private SrxSegmenter(ISegmenter engine) {
        this.engine = engine;
    }

    /** Okapi's default SRX rules for {@code language} (BCP 47). */
    public static SrxSegmenter forLanguage(String language) {
        SRXDocument srx = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (in == null) throw new IllegalStateException("defaultSegmentation.srx missing from okapi-lib-segmentation");
            srx.loadRules(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Okapi's default SRX rules", e);
        }
        for (Map.Entry<String, ArrayList<Rule>> e : srx.getAllLanguageRules().entrySet()) {
            e.getValue().addAll(0, NEWS_EXCEPTIONS);
            if (e.getKey().equals("German")) e.getValue().addAll(0, GERMAN_EXCEPTIONS);
        }
        return compile(srx, language);
    }

    /** Rules from an SRX 2.0 file; bad files are reported with the file name. */
    public static SrxSegmenter fromFile(Path srxFile, String language) {
        String name = srxFile.getFileName().toString();
        String xml;
        try {
            xml = Files.readString(srxFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(name, "cannot read SRX file: " + e.getMessage(), e);
        }
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new InputException(name, "SRX file with a DOCTYPE or entity declarations refused");
        }
        checkWellFormed(xml, name);
        SRXDocument srx = new SRXDocument();
        try {
            srx.loadRules((CharSequence) xml);
        } catch (RuntimeException e) {
            throw new InputException(name, "not a valid SRX 2.0 file: " + e.getMessage(), e);
        }
        if (srx.getAllLanguagesMaps().isEmpty()) throw new InputException(name, "SRX file has no language maps");
        return compile(srx, language);
    }

    /**
     * Streams the file through {@link SafeXml} before Okapi builds its DOM: malformed XML is reported with line and
     * column, and documents nested deeper than SafeXml's limit are refused (Okapi's parser has no depth limit).
     */
    private static void checkWellFormed(String xml, String name) {
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(name, new StringReader(xml));
            while (r.hasNext()) r.next();
            r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.error(name, e);
        }
    }

    private static SrxSegmenter compile(SRXDocument srx, String language) {
        srx.setTrimLeadingWhitespaces(false);
        srx.setTrimTrailingWhitespaces(false);
        srx.setTreatIsolatedCodesAsWhitespace(true);
        return new SrxSegmenter(srx.compileLanguageRules(LocaleId.fromBCP47(language), null));
    }

    @Override
    public List<Span> split(Content content) {
        TextFragment tf = OkapiContent.toFragment(content);
        TextContainer tc = new TextContainer(tf);
        engine.computeSegments(tc);
        int[] map = OkapiContent.codedToContentOffsets(tf);
        List<Span> spans = new ArrayList<>();
        for (Range r : engine.getRanges()) {
            int s = map[Math.min(r.start, map.length - 1)];
            int e = map[Math.min(r.end, map.length - 1)];
            if (e > s) spans.add(new Span(s, e));
        }
        if (spans.isEmpty() && content.codedLength() > 0) spans.add(new Span(0, content.codedLength()));
        return spans;
    }
}
