package org.glossa.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Findings written to a {@link SpoolStore} in their final order and read back as often as the report writers need
 * them. Iterating after the session closed is an error.
 */
final class FindingSpool implements Iterable<Finding> {
    private final SpoolStore store;
    private final SpoolOut out;
    private int count;
    private boolean closed;

    FindingSpool(SpoolStore store) {
        this.store = store;
        this.out = new SpoolOut(store.out());
    }

    void add(Finding f) throws IOException {
        out.writeFinding(f);
        count++;
    }

    void close() {
        closed = true;
    }

    @Override
    public Iterator<Finding> iterator() {
        if (closed) throw new IllegalStateException("the QA session is closed: its findings are gone");
        if (count == 0) return java.util.Collections.emptyIterator();
        SpoolIn in;
        try {
            out.flush();
            in = new SpoolIn(store.in(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int total = count;
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < total;
            }

            @Override
            public Finding next() {
                if (read >= total) throw new NoSuchElementException();
                try {
                    Finding f = in.readFinding();
                    if (++read == total) in.close();
                    return f;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
