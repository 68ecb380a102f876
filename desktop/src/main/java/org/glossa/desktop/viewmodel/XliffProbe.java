package org.glossa.desktop.viewmodel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.glossa.core.xliff.GlossaXliff;
import org.glossa.core.xliff.XliffVersion;

/**
 * Who wrote an XLIFF file, as far as saving is concerned: Glossa's own XLIFF (one {@code <file>} carrying Glossa's
 * mark: {@code tool-id="glossa"} in 1.2, a {@code glossa:format} attribute in 2.x, in a {@code .xlf} or
 * {@code .xliff} file) can be written again by Glossa's writer in its version; anything else (another tool's file,
 * several {@code <file>}s, {@code .sdlxliff}, {@code .mqxliff}) holds what Glossa's model does not keep, so the
 * editor never writes it with Glossa's writer: it saves the changed targets into it with core's
 * {@code XliffUpdater}, or beside it (see {@link DocumentSession}).
 *
 * @param glossas true when Glossa wrote the file
 * @param version the version Glossa writes it in again (meaningful when {@code glossas})
 * @param files   how many {@code <file>} elements it has
 */
record XliffProbe(boolean glossas, XliffVersion version, int files) {

    private static final XliffProbe FOREIGN = new XliffProbe(false, XliffVersion.V2_1, 0);

    /**
     * Reads {@code file} (a streaming pass, nothing kept, no DTD or external entity). A file that cannot be read or
     * is not a well-formed XLIFF counts as not Glossa's (it is never written over); reading it as a document then
     * says what is wrong with it.
     */
    static XliffProbe of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return read(r, glossaName(file));
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException e) {
            return FOREIGN; // never written over; the loader reports the problem with its place
        }
    }

    private static boolean glossaName(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlf") || lower.endsWith(".xliff");
    }

    private static XliffProbe read(XMLStreamReader r, boolean glossaName) throws XMLStreamException {
        int depth = 0;
        int files = 0;
        boolean marked = false;
        boolean v2 = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            if (depth == 1) {
                if (!"xliff".equals(r.getLocalName())) return FOREIGN;
                String version = r.getAttributeValue(null, "version");
                v2 = GlossaXliff.XLIFF2_NS.equals(r.getNamespaceURI()) || version != null && version.startsWith("2");
            } else if (depth == 2 && "file".equals(r.getLocalName())) {
                files++;
                if (files == 1) {
                    marked = v2 ? r.getAttributeValue(GlossaXliff.NS, "format") != null
                            : "glossa".equals(r.getAttributeValue(null, "tool-id"));
                }
            }
        }
        XliffVersion version = v2 ? XliffVersion.V2_1 : XliffVersion.V1_2;
        return new XliffProbe(glossaName && marked && files == 1, version, files);
    }

    /** The version Glossa saves {@code file} in: its own when Glossa wrote it, else 2.1. */
    static Optional<XliffVersion> ownVersion(Path file) {
        XliffProbe probe = of(file);
        return probe.glossas() ? Optional.of(probe.version()) : Optional.empty();
    }
}
