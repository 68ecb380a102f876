package org.glossa.core.xliff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKind;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.SafeXml;

/**
 * Who wrote an XLIFF file, as far as saving is concerned: Glossa's own XLIFF (one {@code <file>} carrying Glossa's
 * mark: {@code tool-id="glossa"} in 1.2, a {@code glossa:format} attribute in 2.x, in a {@code .xlf} or
 * {@code .xliff} file) can be written again by Glossa's writer in its version; anything else (another tool's file,
 * several {@code <file>}s, {@code .sdlxliff}, {@code .mqxliff}) holds what Glossa's model does not keep, so it is
 * never written with Glossa's writer: the changed targets are spliced into it with {@link XliffUpdater}.
 * Whether a file is XLIFF at all, and which major version, is {@link FileKindDetector}'s answer.
 *
 * @param glossas true when Glossa wrote the file
 * @param version the version Glossa writes it in again (meaningful when {@code glossas})
 * @param files   how many {@code <file>} elements it has
 */
public record XliffOrigin(boolean glossas, XliffVersion version, int files) {
    private static final XliffOrigin FOREIGN = new XliffOrigin(false, XliffVersion.V2_1, 0);
    /** The extensions Glossa's own XLIFF has (the tools' own ones, {@code .sdlxliff}, {@code .mqxliff}, are theirs). */
    private static final List<String> GLOSSA_EXTENSIONS = List.of("xlf", "xliff");

    /**
     * Reads {@code file} (a streaming pass, nothing kept, no DTD or external entity). A file that cannot be read or
     * is not a well-formed XLIFF counts as not Glossa's (it is never written over); reading it as a document then
     * says what is wrong with it.
     */
    public static XliffOrigin of(Path file) {
        Optional<FileKindDetector.XmlRoot> root = FileKindDetector.xmlRoot(file);
        if (root.flatMap(FileKindDetector.XmlRoot::kind).filter(FileKind.XLIFF::equals).isEmpty()) return FOREIGN;
        boolean v2 = root.get().isXliff2();
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = SafeXml.open(in, name);
            try {
                return read(r, v2, FileKind.hasExtension(name, GLOSSA_EXTENSIONS));
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException | InputException e) {
            return FOREIGN; // never written over; the loader reports the problem with its place
        }
    }

    /** The version Glossa saves {@code file} in: its own when Glossa wrote it, else empty. */
    public static Optional<XliffVersion> ownVersion(Path file) {
        XliffOrigin origin = of(file);
        return origin.glossas() ? Optional.of(origin.version()) : Optional.empty();
    }

    private static XliffOrigin read(XMLStreamReader r, boolean v2, boolean glossaName) throws XMLStreamException {
        int depth = 0;
        int files = 0;
        boolean marked = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            if (depth == 2 && "file".equals(r.getLocalName()) && ++files == 1) {
                marked = v2 ? r.getAttributeValue(GlossaXliff.NS, "format") != null
                        : "glossa".equals(r.getAttributeValue(null, "tool-id"));
            }
        }
        XliffVersion version = v2 ? XliffVersion.V2_1 : XliffVersion.V1_2;
        return new XliffOrigin(glossaName && marked && files == 1, version, files);
    }
}
