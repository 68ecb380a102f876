package org.glossa.core.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Original;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Reads XLIFF 2.0, 2.1 and 2.2 into documents, one per {@code <file>}, following decision 0001. The file is streamed
 * ({@link Xliff2Stream}): each unit is checked ({@link Xliff2Structure}, {@link Xliff2Validator}, {@link Xliff2Modules})
 * and turned into a {@link Unit} before the next one is read, so memory holds the documents but never the whole XML
 * tree. Any problem is an {@link InputException} naming the file, line and column.
 */
public final class Xliff2Reader {
    private Xliff2Reader() {
    }

    public static List<Document> read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    public static List<Document> read(InputStream in, String fileName) {
        Report report = new Report(fileName);
        Xliff2Documents documents = new Xliff2Documents(report);
        Xliff2Stream.read(in, fileName,
                List.of(new Xliff2Structure(report), new Xliff2Validator(report), new Xliff2Modules(report), documents));
        return documents.documents();
    }
}
