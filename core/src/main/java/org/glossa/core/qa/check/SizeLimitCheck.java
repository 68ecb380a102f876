package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target is longer than the unit allows: XLIFF {@code maxwidth} in characters, {@code slr:sizeRestriction} or
 * {@code slr:storageRestriction} ({@link SizeLimit}), counted in the limit's unit (code points or bytes of its
 * encoding, after its normalization; inline codes do not count). One finding per limit exceeded, marking the target
 * from where it passes the limit.
 */
public final class SizeLimitCheck extends AbstractCheck {
    public static final String ID = "size-limit";

    public SizeLimitCheck() {
        super(ID, Severity.ERROR, "length");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        if (pair.limits().isEmpty()) return List.of();
        String target = pair.targetText();
        List<Finding> out = new ArrayList<>();
        for (SizeLimit limit : pair.limits()) {
            int size = limit.size(target);
            if (size <= limit.max()) continue;
            String message = "The target has " + size + " " + limit.measure().unit() + ", " + (size - limit.max())
                    + " over the limit of " + limit.describe();
            out.add(finding(pair, message, null, new Span(within(limit, target), target.length())));
        }
        return out;
    }

    /** Where the target passes the limit: the end of its longest start (whole code points) that fits. */
    static int within(SizeLimit limit, String text) {
        int fits = 0;
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            if (limit.size(text.substring(0, next)) > limit.max()) return fits;
            fits = next;
            i = next;
        }
        return fits;
    }

    @Override
    public List<Example> examples() {
        SizeLimit twelve = SizeLimit.characters(12);
        Content boldSource = new Content(List.of(new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"),
                new Inline.Text("Save changes"), new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>")));
        Content boldTarget = new Content(List.of(new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"),
                new Inline.Text("Übernehmen"), new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>")));
        SizeLimit nineBytes = new SizeLimit(SizeLimit.Measure.UTF8_BYTES, 9, SizeLimit.Normalization.NONE);
        SizeLimit fourNfc = new SizeLimit(SizeLimit.Measure.CHARACTERS, 4, SizeLimit.Normalization.NFC);
        return List.of(
                limited(Example.good("Save changes", "Speichern", "en", "de", "within the menu's 12 characters"), twelve),
                limited(Example.good("Save changes", "Übernehmen?", "en", "de", "11 of 12 characters"), twelve),
                limited(Example.good("Save", "Sichern", "en", "de", "exactly at the limit"), SizeLimit.characters(7)),
                Example.good("Save changes", "Änderungen an dem Dokument speichern", "en", "de", "no limit"),
                new Example(new SegmentPair("example", "u1", "s1", boldSource, boldTarget, "en", "de", List.of(twelve)), 0,
                        "inline codes do not count"),
                limited(Example.good("Cafe", "Cafe\u0301", "en", "de", "5 code points, 4 after NFC normalization"), fourNfc),
                limited(Example.bad("Save changes", "Änderungen speichern", "en", "de", "20 characters in a 12-character menu",
                        new Span(12, 20)), twelve),
                limited(Example.bad("Quit", "Schließen", "en", "de", "9 characters but 10 bytes in UTF-8", new Span(8, 9)),
                        nineBytes),
                limited(Example.bad("Quit", "Beenden 😀", "en", "de", "an emoji is one code point over the limit",
                        new Span(8, 10)), SizeLimit.characters(8)));
    }

    private static Example limited(Example e, SizeLimit limit) {
        return new Example(e.pair().withLimits(List.of(limit)), e.findings(), e.note(), e.targetSpans());
    }
}
