package org.glossa.core.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKind;
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

    /**
     * As {@link #open(Path, ExtractOptions)}, extracting with {@code extractor} (one per thread). A document is read
     * once: its kind is detected on the bytes the extraction then reads. A file named like XLIFF (read as a stream,
     * however large), or one that cannot be read (missing, a folder: reported as before), goes by its path.
     */
    public static Document open(Path file, Extractor extractor) {
        String name = file.getFileName().toString();
        if (FileKindDetector.byName(name).isPresent()) return openPath(file, extractor);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return openPath(file, extractor); // reports the file as a document that cannot be read
        }
        return FileKindDetector.detect(bytes, name).equals(Optional.of(FileKind.XLIFF)) ? firstOf(file)
                : extractor.extract(bytes, name);
    }

    private static Document openPath(Path file, Extractor extractor) {
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
