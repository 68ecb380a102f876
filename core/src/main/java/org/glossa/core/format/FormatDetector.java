package org.glossa.core.format;

import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.glossa.core.InputException;
import org.glossa.core.model.Format;

/**
 * Tells the format of a document from its bytes and name: Tika's MIME registry (magic bytes and file-name globs).
 * The registry alone is used, not {@code new Tika()}: that also loads Tika's configuration and every detector and
 * parser on the class path, which cost ~0.4 s of every CLI start and adds nothing for the formats Glossa reads.
 */
public final class FormatDetector {
    /** Loaded on first use only: most runs never need it. */
    private static final class Registry {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    private FormatDetector() {
    }

    public static Format detect(byte[] bytes, String fileName) {
        if (bytes.length == 0) throw new InputException(fileName, "empty file");
        java.util.Optional<Format> obvious = obvious(bytes, fileName);
        if (obvious.isPresent()) return obvious.get();
        String mime = mimeType(bytes, fileName);
        String lower = fileName.toLowerCase(Locale.ROOT);
        return switch (mime) {
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Format.DOCX;
            case "text/x-web-markdown", "text/markdown" -> Format.MARKDOWN;
            case "application/pdf" -> Format.PDF;
            case "text/plain" -> lower.endsWith(".md") || lower.endsWith(".markdown") ? Format.MARKDOWN : Format.TEXT;
            default -> {
                if (mime.startsWith("text/") && !lower.endsWith(".xml")) yield Format.TEXT;
                throw new InputException(fileName, "unsupported format " + mime
                        + " (Glossa reads plain text, HTML, DOCX, Markdown and PDF)");
            }
        };
    }

    /**
     * The format when name and first bytes agree beyond doubt (a PDF signature; a ZIP signature named .docx; a
     * .txt/.md/.html name with no NUL byte in the first 8 KiB): these skip loading Tika's registry (~0.4 s of a CLI
     * start). Anything else, mismatches included, goes to Tika.
     */
    private static java.util.Optional<Format> obvious(byte[] bytes, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-")) return java.util.Optional.of(Format.PDF);
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return lower.endsWith(".docx") ? java.util.Optional.of(Format.DOCX) : java.util.Optional.empty();
        }
        if (hasNul(bytes)) return java.util.Optional.empty();
        if (lower.endsWith(".txt") || lower.endsWith(".text")) return java.util.Optional.of(Format.TEXT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return java.util.Optional.of(Format.MARKDOWN);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return java.util.Optional.of(Format.HTML);
        return java.util.Optional.empty();
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) if (b[i] != (byte) ascii.charAt(i)) return false;
        return true;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    private static String mimeType(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return Registry.TYPES.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }
}
