package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings come back from the spool exactly, whether they go as Latin-1 bytes or as UTF-16 code units. */
class SpoolStringsTest {
    @Test
    void everyStringComesBackAsItWas() throws IOException {
        List<String> strings = List.of("", "a", "plain ASCII", "Ärger über Straße, ÿ and \u0080", "„Zitat“ – ok",
                "\u00ff\u0100", "lone \uD800 surrogate", "\uDC00", "😀 emoji", "x".repeat(5000), "€".repeat(3000), "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpoolOut out = new SpoolOut(bytes);
        for (String s : strings) out.writeString(s);
        out.flush();
        try (SpoolIn in = new SpoolIn(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (String s : strings) assertEquals(s, in.readString());
        }
    }
}
