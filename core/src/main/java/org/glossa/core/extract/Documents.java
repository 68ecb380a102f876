package org.glossa.core.extract;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;

/** Opens what a user points at: an XLIFF file as it is, any other document by extracting it. */
public final class Documents {
    /** The extensions of the documents Glossa extracts (text, HTML, DOCX, Markdown, PDF), as directories are searched. */
    public static final java.util.Set<String> EXTENSIONS =
            java.util.Set.of("txt", "text", "html", "htm", "xhtml", "docx", "md", "markdown", "pdf");

    private Documents() {
    }

    /** The first document of an XLIFF file, or the extraction of {@code file} with {@code options}. */
    public static Document open(Path file, ExtractOptions options) {
        return FileKindDetector.isXliff(file) ? firstOf(file) : new Extractor(options).extract(file);
    }

    /** As {@link #open(Path, ExtractOptions)}, extracting with {@code extractor} (one per thread). */
    public static Document open(Path file, Extractor extractor) {
        return FileKindDetector.isXliff(file) ? firstOf(file) : extractor.extract(file);
    }

    /**
     * As {@link #open(Path, ExtractOptions)}, for a command that works on {@code options}' language pair: an XLIFF
     * file for another pair is an {@link InputException} naming its pair.
     */
    public static Document openForPair(Path file, ExtractOptions options) {
        Document doc = open(file, options);
        if (FileKindDetector.isXliff(file)) {
            LanguagePairs.requireSame(file.toString(), doc.sourceLanguage(), doc.targetLanguage(),
                    options.sourceLanguage(), options.targetLanguage());
        }
        return doc;
    }

    private static Document firstOf(Path file) {
        List<Document> docs = XliffReader.read(file);
        if (docs.isEmpty()) throw new InputException(file.getFileName().toString(), "XLIFF file without any <file>");
        return docs.get(0);
    }
}
