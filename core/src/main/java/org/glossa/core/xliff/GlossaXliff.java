package org.glossa.core.xliff;

import org.glossa.core.model.Format;

/** Names shared by Glossa's XLIFF writers and readers (see docs/decisions/0001-xliff-conventions.md). */
public final class GlossaXliff {
    public static final String NS = "urn:glossa:xliff:1.0";
    public static final String PREFIX = "glossa";
    public static final String XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
    public static final String XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";

    private GlossaXliff() {
    }

    /** XLIFF 1.2 {@code datatype} of a format. */
    public static String datatype(Format f) {
        return switch (f) {
            case TEXT -> "plaintext";
            case HTML -> "html";
            case DOCX -> "x-docx";
            case MARKDOWN -> "x-markdown";
            case PDF -> "x-pdf";
            case UNKNOWN -> "x-unknown";
        };
    }

    /** The format of an XLIFF 1.2 {@code datatype}, {@link Format#UNKNOWN} for other tools' values. */
    public static Format formatOfDatatype(String datatype) {
        if (datatype == null) return Format.UNKNOWN;
        return switch (datatype) {
            case "plaintext" -> Format.TEXT;
            case "html", "htmlbody", "xhtml" -> Format.HTML;
            case "x-docx" -> Format.DOCX;
            case "x-markdown" -> Format.MARKDOWN;
            case "x-pdf" -> Format.PDF;
            default -> Format.UNKNOWN;
        };
    }
}
