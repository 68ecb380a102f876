package org.glossa.core.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;

/**
 * Tells XLIFF, TMX, TBX, CSV and TSV files apart: by content first (the root element of an XML file, however long
 * the comments, processing instructions and DOCTYPE before it), then by file-name extension ({@link FileKind}). The
 * one place that decides "is this XLIFF / TMX / a glossary?"; documents (text, HTML, DOCX…) are
 * {@link org.glossa.core.format.FormatDetector}'s.
 */
public final class FileKindDetector {
    private FileKindDetector() {
    }

    /**
     * The root element of an XML file: its local name, namespace ("" when none), its {@code version} attribute (no
     * namespace; "" when none) and where it starts.
     */
    public record XmlRoot(String localName, String namespace, String version, int line, int column) {
        static final String XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";

        /** The kind this root element makes a file, if any. */
        public Optional<FileKind> kind() {
            return switch (localName) {
                case "xliff" -> Optional.of(FileKind.XLIFF);
                case "tmx" -> Optional.of(FileKind.TMX);
                case "martif", "tbx" -> Optional.of(FileKind.TBX);
                default -> Optional.empty();
            };
        }

        /** An XLIFF 2.x root: the 2.0 namespace (2.1 and 2.2 keep it) or a version starting with 2. */
        public boolean isXliff2() {
            return localName.equals("xliff") && (XLIFF2_NS.equals(namespace) || version.startsWith("2"));
        }
    }

    /** The kind by the file's name alone. */
    public static Optional<FileKind> byName(String fileName) {
        for (FileKind k : FileKind.values()) {
            if (k.hasExtension(fileName)) return Optional.of(k);
        }
        return Optional.empty();
    }

    /**
     * The kind of {@code file}: from its root element when it is XML with a root Glossa knows, otherwise (not XML,
     * another root, unreadable) from its name.
     */
    public static Optional<FileKind> detect(Path file) {
        Optional<FileKind> byContent = xmlRoot(file).flatMap(XmlRoot::kind);
        return byContent.isPresent() ? byContent : byName(file.getFileName().toString());
    }

    /** {@link #detect(Path)} of a file whose content, {@code bytes}, is already read: the same answer, no second read. */
    public static Optional<FileKind> detect(byte[] bytes, String fileName) {
        Optional<FileKind> byContent = cannotBeXml(bytes) ? Optional.empty() : xmlRoot(bytes, fileName).flatMap(XmlRoot::kind);
        return byContent.isPresent() ? byContent : byName(fileName);
    }

    /** Whether {@link #detect} says XLIFF. */
    public static boolean isXliff(Path file) {
        return detect(file).equals(Optional.of(FileKind.XLIFF));
    }

    /** Whether {@link #detect} says TMX. */
    public static boolean isTmx(Path file) {
        return detect(file).equals(Optional.of(FileKind.TMX));
    }

    /** The root element of {@code file}, empty when it cannot be read or is not well-formed XML up to its root. */
    public static Optional<XmlRoot> xmlRoot(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (cannotBeXml(in)) return Optional.empty(); // plain text: no XML parser (and its exception) for it
            return Optional.of(xmlRoot(in, file.getFileName().toString()));
        } catch (IOException | InputException e) {
            return Optional.empty();
        }
    }

    /** The root element of XML held in {@code bytes}, empty when they are not well-formed XML up to a root element. */
    public static Optional<XmlRoot> xmlRoot(byte[] bytes, String fileName) {
        try {
            return Optional.of(xmlRoot(new ByteArrayInputStream(bytes), fileName));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the first character that is not white space, after a UTF-8 byte order mark, is an ASCII character no
     * XML document starts with (only '<' can start one; 'L' is '<' in EBCDIC). Other starts (UTF-16 or UTF-32 byte
     * order marks or zero bytes, non-ASCII bytes) are left to the parser. {@code in} is reset to where it was.
     */
    private static boolean cannotBeXml(InputStream in) throws IOException {
        in.mark(4096);
        try {
            return cannotBeXml(in.readNBytes(4096));
        } finally {
            in.reset();
        }
    }

    /** As {@link #cannotBeXml(InputStream)}, on the first 4,096 of {@code bytes}. */
    private static boolean cannotBeXml(byte[] bytes) {
        int length = Math.min(bytes.length, 4096);
        int i = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) i++;
        if (i == length) return false;
        int b = bytes[i] & 0xFF;
        return b >= 0x21 && b <= 0x7E && b != '<' && b != 'L';
    }

    /**
     * Reads {@code in} up to its root element (not closed: the caller owns it). Not XML, or no element: an
     * {@link InputException} naming the file, with line and column.
     */
    public static XmlRoot xmlRoot(InputStream in, String fileName) {
        XMLStreamReader r = SafeXml.open(in, fileName);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String version = "";
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attrNs = r.getAttributeNamespace(i);
                        if ((attrNs == null || attrNs.isEmpty()) && r.getAttributeLocalName(i).equals("version")) {
                            version = r.getAttributeValue(i); // not its:version, which an ITS-annotated 1.2 file has too
                        }
                    }
                    String ns = r.getNamespaceURI();
                    var at = r.getLocation();
                    return new XmlRoot(r.getLocalName(), ns == null ? "" : ns, version,
                            at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
                }
            }
            throw new InputException(fileName, "empty XML document");
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
    }
}
