package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void anIOExceptionIsReturnedAsItIs() {
        IOException io = new IOException("disk full");
        assertSame(io, Failures.asIOException(io, "writing"));
    }

    @Test
    void uncheckedFailuresAreThrownAsTheyAre() {
        UncheckedIOException unchecked = new UncheckedIOException(new IOException("x"));
        assertSame(unchecked, assertThrows(UncheckedIOException.class, () -> Failures.asIOException(unchecked, "m")));
        OutOfMemoryError error = new OutOfMemoryError("heap");
        assertSame(error, assertThrows(OutOfMemoryError.class, () -> Failures.asIOException(error, "m")));
    }

    @Test
    void anotherCheckedFailureIsWrappedWithTheMessage() {
        Exception checked = new Exception("cause");
        IOException io = Failures.asIOException(checked, "indexing failed");
        assertEquals("indexing failed", io.getMessage());
        assertSame(checked, io.getCause());
    }
}
