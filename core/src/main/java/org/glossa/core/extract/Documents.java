package org.glossa.core.extract;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;

/** Opens what a user points at: an XLIFF file as it is, any other document by extracting it. */
public final class Documents {
    private Documents() {
    }

    /** The first document of an XLIFF file, or the extraction of {@code file} with {@code options}. */
    public static Document open(Path file, ExtractOptions options) {
        if (FileKindDetector.isXliff(file)) {
            List<Document> docs = XliffReader.read(file);
            if (docs.isEmpty()) throw new InputException(file.getFileName().toString(), "XLIFF file without any <file>");
            return docs.get(0);
        }
        return new Extractor(options).extract(file);
    }
}
