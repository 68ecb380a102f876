package org.glossa.core.format;

import java.util.Locale;
import org.apache.tika.Tika;
import org.glossa.core.InputException;
import org.glossa.core.model.Format;

/** Tells the format of a document from its bytes and name (Tika's magic and glob detection). */
public final class FormatDetector {
    private static final Tika TIKA = new Tika();

    private FormatDetector() {
    }

    public static Format detect(byte[] bytes, String fileName) {
        if (bytes.length == 0) throw new InputException(fileName, "empty file");
        String mime = TIKA.detect(bytes, fileName);
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
}
