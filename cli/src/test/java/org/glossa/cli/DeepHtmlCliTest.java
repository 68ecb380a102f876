package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A page nested 100,000 deep in a batch: refused with a message naming it, exit 2, the other files extracted. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class DeepHtmlCliTest {
    @TempDir
    Path tmp;

    @Test
    void theDeepPageIsRefusedAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-deep.html"), "<html><body>\n" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000));
        Files.writeString(in.resolve("b-fine.html"), "<html><body><h1>A headline</h1><p>One. Two.</p></body></html>");
        Path out = tmp.resolve("out");

        CliTest.Run r = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString());

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("a-deep.html: HTML elements nested more than 1000 deep"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(Files.exists(out.resolve("b-fine.html.xlf")), "the batch goes on");
        assertFalse(Files.exists(out.resolve("a-deep.html.xlf")));
    }
}
