package org.glossa.desktop.viewmodel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.glossa.core.InputException;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Checks that a changed unit still saves as valid XLIFF 2.1: writes it alone in a document like {@code document},
 * reads it back (the reader validates against the XLIFF 2 rules) and compares the segments.
 */
final class UnitCheck {

    private UnitCheck() {
    }

    /** Why {@code unit} would not save as valid XLIFF 2.1 with the same segments; empty when it would. */
    static Optional<String> problem(Document document, Unit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Document alone = new Document(document.name(), document.format(), document.sourceLanguage(),
                    document.targetLanguage(), List.of(unit), Optional.empty());
            XliffWriter.write(alone, XliffVersion.V2_1, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to memory", e);
        }
        List<Document> back;
        try {
            back = XliffReader.read(new ByteArrayInputStream(out.toByteArray()), document.name() + ".xlf");
        } catch (InputException e) {
            return Optional.of("the XLIFF would not be valid: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read from memory", e);
        }
        List<Segment> read = back.get(0).units().get(0).segments();
        List<Segment> expected = unit.segments();
        if (read.size() != expected.size()) return Optional.of("the XLIFF would not keep the segments");
        for (int i = 0; i < read.size(); i++) {
            if (!read.get(i).id().equals(expected.get(i).id())
                    || !read.get(i).source().plainText().equals(expected.get(i).source().plainText())
                    || read.get(i).source().tags().size() != expected.get(i).source().tags().size()) {
                return Optional.of("the XLIFF would not keep segment " + expected.get(i).id());
            }
        }
        return Optional.empty();
    }
}
