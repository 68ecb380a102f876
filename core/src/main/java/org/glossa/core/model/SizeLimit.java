package org.glossa.core.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a unit's target may be: XLIFF 1.2 {@code maxwidth} with {@code size-unit="char"}, XLIFF 2
 * {@code slr:sizeRestriction} (general profile {@code xliff:codepoints}) or {@code slr:storageRestriction} (storage
 * profile {@code xliff:utf8}, {@code xliff:utf16} or {@code xliff:utf32}), each after the file's normalization. The
 * size is that of the target's text; inline codes do not count.
 *
 * @param measure       what is counted
 * @param max           the largest size allowed
 * @param normalization the Unicode normalization applied before counting (XLIFF 2 {@code slr:normalization})
 */
public record SizeLimit(Measure measure, int max, Normalization normalization) {

    /** What a limit counts. */
    public enum Measure {
        /** Unicode code points (XLIFF 1.2 {@code size-unit="char"}, XLIFF 2 {@code xliff:codepoints}). */
        CHARACTERS("characters", "xliff:codepoints", null),
        /** Bytes in UTF-8 ({@code xliff:utf8}). */
        UTF8_BYTES("bytes", "xliff:utf8", StandardCharsets.UTF_8),
        /** Bytes in UTF-16 without byte-order mark ({@code xliff:utf16}). */
        UTF16_BYTES("bytes", "xliff:utf16", StandardCharsets.UTF_16BE),
        /** Bytes in UTF-32 ({@code xliff:utf32}): four per code point. */
        UTF32_BYTES("bytes", "xliff:utf32", null);

        private final String unit;
        private final String profile;
        private final Charset charset;

        Measure(String unit, String profile, Charset charset) {
            this.unit = unit;
            this.profile = profile;
            this.charset = charset;
        }

        /** "characters" or "bytes", for messages. */
        public String unit() {
            return unit;
        }

        /** The XLIFF 2 size-restriction profile name, e.g. {@code xliff:codepoints}. */
        public String profile() {
            return profile;
        }

        /** True for the storage profiles (XLIFF 2 {@code slr:storageRestriction}). */
        public boolean isStorage() {
            return this != CHARACTERS;
        }

        /** The measure of an XLIFF 2 profile name. */
        public static Optional<Measure> ofProfile(String name) {
            for (Measure m : values()) if (m.profile.equals(name)) return Optional.of(m);
            return Optional.empty();
        }

        int size(String text) {
            if (this == CHARACTERS) return text.codePointCount(0, text.length());
            if (this == UTF32_BYTES) return 4 * text.codePointCount(0, text.length());
            return text.getBytes(charset).length;
        }
    }

    /** XLIFF 2 {@code slr:normalization}: none, nfc or nfd. */
    public enum Normalization {
        NONE, NFC, NFD;

        /** The normalization of an attribute value; none for an unknown one. */
        public static Normalization of(String value) {
            return switch (value) {
                case "nfc" -> NFC;
                case "nfd" -> NFD;
                default -> NONE;
            };
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        String apply(String text) {
            return switch (this) {
                case NONE -> text;
                case NFC -> Normalizer.normalize(text, Normalizer.Form.NFC);
                case NFD -> Normalizer.normalize(text, Normalizer.Form.NFD);
            };
        }
    }

    public SizeLimit {
        Objects.requireNonNull(measure, "measure");
        normalization = normalization == null ? Normalization.NONE : normalization;
        if (max < 0) throw new IllegalArgumentException("size limit " + max + " is negative");
    }

    /** At most {@code max} characters (code points), without normalization. */
    public static SizeLimit characters(int max) {
        return new SizeLimit(Measure.CHARACTERS, max, Normalization.NONE);
    }

    /** The size of this text as the limit counts it. */
    public int size(String text) {
        return measure.size(normalization.apply(text));
    }

    /** The size of the content's text (inline codes do not count). */
    public int size(Content content) {
        return size(content.plainText());
    }

    /** "40 characters", "255 bytes". */
    public String describe() {
        return max + " " + measure.unit();
    }
}
