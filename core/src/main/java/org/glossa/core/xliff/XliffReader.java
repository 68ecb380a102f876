package org.glossa.core.xliff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.files.FileKindDetector.XmlRoot;
import org.glossa.core.model.Document;

/**
 * Reads any XLIFF (1.0, 1.1, 1.2, 2.0, 2.1, 2.2): looks at the root element ({@link FileKindDetector#xmlRoot}) and
 * hands over to the right reader.
 */
public final class XliffReader {
    /** How far a stream (not a file) may be read ahead to find its root element; a file is simply opened twice. */
    private static final int PEEK_LIMIT = 1 << 24;

    private XliffReader() {
    }

    public static List<Document> read(Path file) {
        String name = file.getFileName().toString();
        try {
            boolean v2;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                v2 = isVersion2(in, name);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return v2 ? Xliff2Reader.read(in, name) : Xliff12Reader.read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream; its root element must start within the first 16 MiB (a file has no such limit).
     *
     * @param in a stream that supports mark/reset (wrap it in a BufferedInputStream)
     */
    public static List<Document> read(InputStream in, String fileName) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(PEEK_LIMIT);
        boolean v2 = isVersion2(buffered, fileName);
        try {
            buffered.reset();
        } catch (IOException e) {
            throw new InputException(fileName, "the root element does not start in the first " + (PEEK_LIMIT >> 20)
                    + " MiB of the stream", e);
        }
        return v2 ? Xliff2Reader.read(buffered, fileName) : Xliff12Reader.read(buffered, fileName);
    }

    private static boolean isVersion2(InputStream in, String fileName) {
        // the stream is not closed here: a caller's stream is reset and read again
        XmlRoot root = FileKindDetector.xmlRoot(in, fileName);
        if (!root.localName().equals("xliff")) {
            throw new InputException(fileName, root.line(), root.column(),
                    "not an XLIFF file (root element <" + root.localName() + ">)", null);
        }
        return root.isXliff2();
    }
}
