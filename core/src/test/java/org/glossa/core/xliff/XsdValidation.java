package org.glossa.core.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Validates XML against the OASIS schemas in ../shared/interop, resolving every import to a local file (never
 * the network).
 */
public final class XsdValidation {
    public static final String XLIFF12_DIR = "okapi/okapi/libraries/lib-verification/src/main/resources/net/sf/okapi/lib/verification";
    public static final String XLIFF21_DIR = "oasis-xliff-tc/xliff-21/schemas";

    private XsdValidation() {
    }

    /** Throws SAXException with line:column when {@code xml} is not valid against {@code schemaFiles}. */
    public static void validate(byte[] xml, Path... schemaFiles) throws SAXException, IOException {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Path dir = schemaFiles[0].getParent();
        sf.setResourceResolver(new LocalResolver(dir));
        StreamSource[] sources = new StreamSource[schemaFiles.length];
        for (int i = 0; i < schemaFiles.length; i++) sources[i] = new StreamSource(schemaFiles[i].toFile());
        Schema schema = sf.newSchema(sources);
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }

    /** Maps schema locations (xml.xsd, module schemas) to files in the schema folder or its known neighbours. */
    private record LocalResolver(Path dir) implements LSResourceResolver {
        private static final Map<String, String> BY_NAMESPACE = Map.of(
                "http://www.w3.org/XML/1998/namespace", "xml.xsd");

        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? BY_NAMESPACE.get(ns) : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (name == null) return null;
            for (Path candidate : new Path[] {dir.resolve(name), dir.resolve("informativeCopiesOf3rdPartySchemas/w3c").resolve(name)}) {
                if (Files.isRegularFile(candidate)) return new FileInput(candidate, publicId, systemId, baseUri);
            }
            throw new IllegalStateException("schema " + systemId + " (" + ns + ") not found beside " + dir);
        }
    }

    private record FileInput(Path file, String publicId, String systemId, String baseURI) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
