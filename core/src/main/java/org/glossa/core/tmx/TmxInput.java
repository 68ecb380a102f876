package org.glossa.core.tmx;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.glossa.core.InputException;
import org.glossa.core.io.CountingInputStream;

/**
 * Opens the bytes of a TMX file: plain, gzip-compressed (.tmx.gz) or a zip archive holding one .tmx, recognised by
 * their magic bytes, not their names. Decompression is guarded against bombs.
 */
final class TmxInput {
    /** Largest uncompressed TMX read from an archive. */
    static final long MAX_UNCOMPRESSED = 2L * 1024 * 1024 * 1024;
    /** Largest ratio of uncompressed to compressed bytes, checked once more than {@link #RATIO_GRACE} were read. */
    static final long MAX_RATIO = 200;
    static final long RATIO_GRACE = 1024 * 1024;

    private TmxInput() {
    }

    /** The decompressed stream of {@code file}; the caller closes it. */
    static InputStream open(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) return openZip(file, name);
        return decode(new BufferedInputStream(Files.newInputStream(file), 1 << 16), name);
    }

    /** Plain or gzip-compressed TMX from a stream; zip archives need a file ({@link #open(Path)}). */
    static InputStream decode(InputStream raw, String name) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            CountingInputStream compressed = new CountingInputStream(in);
            return new Guard(new BufferedInputStream(new GZIPInputStream(compressed, 1 << 16), 1 << 16), compressed,
                    Long.MAX_VALUE, name);
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            throw new InputException(name, "a zip archive: TMX in a zip is read from a file, not from a stream");
        }
        return in;
    }

    private static InputStream openZip(Path file, String name) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new InputException(name, "not a readable zip archive: " + e.getMessage(), e);
        }
        try {
            List<? extends ZipEntry> tmx = entries(zip).stream()
                    .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".tmx")).toList();
            if (tmx.size() != 1) {
                throw new InputException(name, "a zip archive must hold exactly one .tmx file; this one holds " + tmx.size());
            }
            ZipEntry entry = tmx.get(0);
            String entryName = name + "!" + entry.getName();
            if (entry.getSize() > MAX_UNCOMPRESSED) {
                throw new InputException(name, entry.getName() + " is " + entry.getSize()
                        + " bytes uncompressed, more than the limit of " + MAX_UNCOMPRESSED + " (zip bomb?)");
            }
            if (entry.getSize() > RATIO_GRACE && entry.getCompressedSize() > 0
                    && entry.getSize() / entry.getCompressedSize() > MAX_RATIO) {
                throw new InputException(name, entry.getName() + " expands " + entry.getSize() / entry.getCompressedSize()
                        + " times, more than the limit of " + MAX_RATIO + " (zip bomb?)");
            }
            // The zip's own sizes may lie: count the bytes while reading, against the declared compressed size.
            CountingInputStream compressed = new CountingInputStream(InputStream.nullInputStream(),
                    Math.max(entry.getCompressedSize(), 1));
            InputStream body = new BufferedInputStream(zip.getInputStream(entry), 1 << 16);
            return new Guard(body, compressed, MAX_UNCOMPRESSED, entryName) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static List<? extends ZipEntry> entries(ZipFile zip) {
        Enumeration<? extends ZipEntry> en = zip.entries();
        java.util.ArrayList<ZipEntry> out = new java.util.ArrayList<>();
        while (en.hasMoreElements()) out.add(en.nextElement());
        return out;
    }


    /** Refuses to deliver more than {@code limit} bytes, or more than {@link #MAX_RATIO} times the compressed bytes. */
    static class Guard extends FilterInputStream {
        private final CountingInputStream compressed;
        private final long limit;
        private final String name;
        private long produced;

        Guard(InputStream in, CountingInputStream compressed, long limit, String name) {
            super(in);
            this.compressed = compressed;
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) check(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) check(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            check(s);
            return s;
        }

        private void check(long n) {
            produced += n;
            if (produced > limit) {
                throw new InputException(name, "more than " + limit + " bytes uncompressed (zip bomb?)");
            }
            if (produced > RATIO_GRACE && produced / Math.max(compressed.count(), 1) > MAX_RATIO) {
                throw new InputException(name, "expands more than " + MAX_RATIO
                        + " times its compressed size (compression bomb?)");
            }
        }
    }
}
