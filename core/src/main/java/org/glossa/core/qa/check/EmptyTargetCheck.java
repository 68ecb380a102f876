package org.glossa.core.qa.check;

import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target has no text: it is empty, whitespace only (no-break spaces included) or inline codes only, while the
 * source has text. A source that is itself empty or whitespace gives no finding.
 */
public final class EmptyTargetCheck extends AbstractCheck {
    public static final String ID = "empty-target";

    public EmptyTargetCheck() {
        super(ID, Severity.ERROR, "omission");
    }

    @Override
    public boolean checksEmptyTargets() {
        return true;
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String source = pair.sourceText();
        if (Texts.isBlank(source) || !Texts.isBlank(pair.targetText())) return List.of();
        String message = pair.target().hasTags() ? "The target has inline codes but no text" : "The target is empty";
        return List.of(finding(pair, message, new Span(0, source.length()), null));
    }

    @Override
    public List<Example> examples() {
        String en = "The two institutions say cooperation \"is more important than ever.\"";
        Content boldSource = new Content(List.of(
                new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("Europe backs stronger partnership"),
                new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>")));
        Content boldTarget = new Content(List.of(
                new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"), new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>")));
        Content imageOnly = new Content(List.of(new Inline.Tag(TagKind.STANDALONE, "1", "image", "<img/>")));
        return List.of(
                Example.good(en, "Beide Institutionen sagen, die Zusammenarbeit sei „wichtiger denn je“.", "en", "de",
                        "translated"),
                Example.good("", "", "en", "de", "the source is empty too"),
                Example.good(" \u00A0", "", "en", "de", "the source is whitespace only"),
                new Example(new SegmentPair("example", "u1", "s1", imageOnly, imageOnly, "en", "de"), 0,
                        "an image only: no text in the source either"),
                Example.good("NATO", "NATO", "en", "de", "a short name, copied"),
                Example.bad(en, "", "en", "de", "no target"),
                Example.bad("January 10, 2023", " \u00A0 ", "en", "de", "whitespace and no-break spaces only"),
                new Example(new SegmentPair("example", "u1", "s1", boldSource, boldTarget, "en", "de"), 1,
                        "the bold codes were copied but the heading was not translated"));
    }
}
