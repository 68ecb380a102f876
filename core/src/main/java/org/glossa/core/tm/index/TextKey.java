package org.glossa.core.tm.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import org.glossa.core.model.Content;

/**
 * The normalised form of a segment's text and its 64-bit hash: the exact-match key and the previous-segment hash
 * of context matches. Normalised = NFC, lower case, runs of white space collapsed to one space, trimmed; inline
 * codes are left out (the scorer decides whether the codes are identical).
 */
final class TextKey {
    /** The hash of "no previous segment"; {@link #hash} never returns it. */
    static final long NONE = 0L;

    private TextKey() {
    }

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static long hash(Content content) {
        return hash(content.plainText());
    }

    /** The first 8 bytes of SHA-256 over the normalised text; never {@link #NONE}. */
    static long hash(String text) {
        byte[] d = sha256().digest(normalise(text).getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xFF);
        return h == NONE ? 1 : h;
    }

    static String hex(long hash) {
        return String.format("%016x", hash);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
