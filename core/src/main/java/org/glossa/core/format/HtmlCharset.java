package org.glossa.core.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares ({@code <meta charset>} or {@code http-equiv} Content-Type) in its first bytes.
 * Okapi's HTML filter notices the declaration but keeps decoding with the encoding it was opened with, so the
 * page must be opened with the declared one.
 */
final class HtmlCharset {
    private static final int SNIFF = 4096;
    private static final Pattern META = Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private HtmlCharset() {
    }

    /** The declared charset when the page declares one that Java knows; a BOM wins over any declaration. */
    static Optional<String> declared(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xEF)) {
            return Optional.empty();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1);
        return Charset.isSupported(name) ? Optional.of(Charset.forName(name).name()) : Optional.empty();
    }
}
