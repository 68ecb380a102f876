package org.glossa.core.format;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Content;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;

/** Reads one kind of document into blocks and, where it can, writes a translated document back. */
public interface DocumentFormat {
    Format format();

    /** Reads the blocks of {@code original}; {@code fileName} only names the file in error messages. */
    List<Block> read(Original original, String fileName, String sourceLanguage);

    /**
     * Writes the translated document: the original with each block whose origin is a key of {@code translations}
     * replaced by that content. Formats that cannot be written throw {@link UnsupportedOperationException}.
     */
    void write(Original original, String fileName, String sourceLanguage, String targetLanguage,
               Map<String, Content> translations, OutputStream out);
}
