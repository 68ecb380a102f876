package org.glossa.core.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;

/**
 * Glossa's one way of writing JSON (reports, {@code --json} output): a Jackson streaming generator pretty-printing
 * with a two-space indent, {@code "key": value}, one array element a line, {@code \n} line ends and {@code {}} /
 * {@code []} when empty. Text in the Basic Multilingual Plane is written as it is; control characters, DEL, U+2028
 * and U+2029 (JavaScript before ES2019 did not allow them raw in string literals) and surrogates are escaped, so a
 * lone surrogate survives too and characters beyond U+FFFF travel as their two escaped halves.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Escapes ESCAPES = new Escapes();

    private Json() {
    }

    /** A generator on {@code out} that does not close it; close the generator, then end with {@link #finish}. */
    public static JsonGenerator generator(Writer out) throws IOException {
        return configured(FACTORY.createGenerator(out));
    }

    /**
     * A generator writing UTF-8 to {@code out} that does not close it; close the generator, then end with
     * {@link #finish(OutputStream)}. The same bytes as {@link #generator(Writer)} on a UTF-8 writer, made in one pass
     * (Jackson encodes the text itself, where a writer's encoder reads every character a second time): for large
     * documents, like the QA report.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return configured(FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    private static JsonGenerator configured(JsonGenerator g) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(ESCAPES);
        g.setPrettyPrinter(printer());
        return g;
    }

    /** Ends a document written to {@code out} (after the generator is closed) with a line break. */
    public static void finish(Writer out) throws IOException {
        out.write('\n');
        out.flush();
    }

    /** Ends a document written to {@code out} (after the generator is closed) with a line break. */
    public static void finish(OutputStream out) throws IOException {
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter().withSeparators(separators);
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /** JSON's escapes, and every other control character, DEL, U+2028, U+2029 and surrogates as lower-case backslash-u escapes. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if ("\b\t\n\f\r".indexOf(c) < 0) ascii[c] = ESCAPE_CUSTOM;
            }
            ascii[0x7f] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == 0x7f || ch == 0x2028 || ch == 0x2029 || Character.isSurrogate((char) ch)) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
